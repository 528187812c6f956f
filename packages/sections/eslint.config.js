export { registry as default } from "@nianbao/eslint-config";
