// `node --import <this file>`: TypeScript through tsx, then the hooks that refuse UI modules.
import { register } from "node:module";
await import("tsx/esm");
register("./forbid-ui-hooks.mjs", import.meta.url);
