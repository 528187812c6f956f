import { accountRouter } from "./routers/account.ts";
import { auditRouter } from "./routers/audit.ts";
import { dashboardRouter } from "./routers/dashboard.ts";
import { documentRouter } from "./routers/document.ts";
import { exceptionRouter } from "./routers/exception.ts";
import { frameRouter } from "./routers/frame.ts";
import { outlineRouter } from "./routers/outline.ts";
import { publicationRouter, publicRouter } from "./routers/publication.ts";
import { importRouter } from "./routers/import.ts";
import { orgRouter } from "./routers/org.ts";
import { pluginRouter } from "./routers/plugin.ts";
import { pluginsRouter } from "./routers/plugins.ts";
import { inboxRouter } from "./routers/inbox.ts";
import { reportRouter } from "./routers/report.ts";
import { reviewRouter } from "./routers/review.ts";
import { sectionRouter } from "./routers/section.ts";
import { sessionRouter } from "./routers/session.ts";
import { yearAdminRouter } from "./routers/year-admin.ts";
import { yearRouter } from "./routers/year.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  session: sessionRouter,
  account: accountRouter,
  audit: auditRouter,
  exception: exceptionRouter,
  org: orgRouter,
  year: yearRouter,
  yearAdmin: yearAdminRouter,
  report: reportRouter,
  review: reviewRouter,
  inbox: inboxRouter,
  section: sectionRouter,
  document: documentRouter,
  frame: frameRouter,
  outline: outlineRouter,
  publication: publicationRouter,
  public: publicRouter,
  import: importRouter,
  plugin: pluginRouter,
  dashboard: dashboardRouter,
  /** Procedures contributed by plugins: plugins.<pluginId>.<name> (see routers/plugins.ts). */
  plugins: pluginsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
