import { vitestPreset } from "@nianbao/vitest-config";
export default vitestPreset({ testTimeout: 600_000 });
