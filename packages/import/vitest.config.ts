import { vitestPreset } from "@nianbao/vitest-config";
export default vitestPreset();
