import { orgsInScope } from "../services/access.ts";
import { auditLogChoices, auditLogInput, queryAuditLog } from "../services/audit-log.ts";
import { AUDIT_ACTIONS, AUDIT_KINDS } from "../services/audit-words.ts";
import { adminProcedure, router } from "../trpc.ts";

export const auditRouter = router({
  /**
   * The audit log of the administrator's scope, newest first: filtered (who, action or kind of action,
   * year, report, section, from–to date) and paged in SQL; each event's changes readable.
   */
  list: adminProcedure.input(auditLogInput).query(async ({ ctx, input }) => {
    const scope = [...(await orgsInScope(ctx.db, ctx.user, "administer"))];
    return queryAuditLog(ctx.db, scope, input);
  }),
  /** What the filters offer: the people who acted, the years, the actions and kinds of action. */
  choices: adminProcedure.query(async ({ ctx }) => {
    const scope = [...(await orgsInScope(ctx.db, ctx.user, "administer"))];
    return { ...(await auditLogChoices(ctx.db, scope)), actions: AUDIT_ACTIONS, kinds: AUDIT_KINDS };
  }),
});
