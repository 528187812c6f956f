import { documentRouter, orgRouter, pluginRouter, reportRouter, sectionRouter, yearRouter } from "./routers/index.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  org: orgRouter,
  year: yearRouter,
  report: reportRouter,
  section: sectionRouter,
  document: documentRouter,
  plugin: pluginRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
