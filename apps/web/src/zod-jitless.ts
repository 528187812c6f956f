import { z } from "zod";

/**
 * zod 4 compiles fast object parsers with `new Function` (and probes for it once), which the server's
 * Content-Security-Policy forbids (no 'unsafe-eval'): parse without it. zod reads this when a schema is
 * built, so it is the first import of every module that loads zod in the browser (App.tsx, zod-locale.ts).
 */
z.config({ jitless: true });
