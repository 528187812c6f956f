import { openProcedure, router } from "../trpc.ts";

/** Sign-in itself is better-auth's (/api/auth/sign-in/username, /sign-out, /change-password). */
export const sessionRouter = router({
  /** The signed-in person with their roles, or null. */
  me: openProcedure.query(({ ctx }) => ctx.user),
});
