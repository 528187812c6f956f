export { plugin as default } from "@nianbao/eslint-config";
