export { default } from "@nianbao/eslint-config";
