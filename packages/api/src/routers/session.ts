import { MAX_PASSWORD_LENGTH } from "@nianbao/password/limits";
import { z } from "zod";
import { changeOwnPassword } from "../services/accounts.ts";
import { endSessions, listSessions } from "../services/sessions.ts";
import { openProcedure, router, selfProcedure } from "../trpc.ts";
import { id } from "./inputs.ts";

const passwordText = z
  .string({ error: "请填写密码" })
  .max(MAX_PASSWORD_LENGTH, { error: `密码最多 ${MAX_PASSWORD_LENGTH} 个字符` });

/**
 * Sign-in and sign-out are better-auth's (/api/auth/sign-in/username, /sign-out, /get-session; every other
 * better-auth route is closed by the server). Self-service is this: one's own password and sessions.
 */
export const sessionRouter = router({
  /** The signed-in person with their roles, or null. */
  me: openProcedure.query(({ ctx }) => ctx.user),
  /** Change one's own password (the policy applies); every other session of theirs ends. */
  changePassword: selfProcedure
    .input(z.object({ currentPassword: passwordText, newPassword: passwordText }))
    .mutation(({ ctx, input }) =>
      changeOwnPassword(ctx.auth, ctx.db, {
        userId: ctx.user.id,
        sessionId: ctx.sessionId ?? null,
        ...input,
      }),
    ),
  /** One's own active sessions (device, address, last active), this one marked. */
  list: selfProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.user.id, ctx.sessionId ?? null)),
  /** End one of one's own sessions, or (no sessionId) every one but this: "sign out everywhere else". */
  end: selfProcedure.input(z.object({ sessionId: id.optional() }).default({})).mutation(({ ctx, input }) =>
    endSessions(ctx.db, {
      userId: ctx.user.id,
      actorId: ctx.user.id,
      sessionId: input.sessionId,
      keep: input.sessionId ? null : (ctx.sessionId ?? null),
    }),
  ),
});
