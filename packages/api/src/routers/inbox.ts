import { z } from "zod";
import { inbox } from "../services/inbox.ts";
import { listNotifications, markRead } from "../services/notifications.ts";
import { router, signedInProcedure } from "../trpc.ts";
import { id } from "./inputs.ts";

export const inboxRouter = router({
  /** The signed-in person's to-do list, by role. */
  todo: signedInProcedure.query(({ ctx }) => inbox(ctx.db, ctx.user)),
  /** The person's notifications (newest first) and the unread count. */
  notifications: signedInProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.user.id)),
  /** Mark these (or, with no ids, all) of the person's notifications read. */
  markRead: signedInProcedure
    .input(z.object({ ids: z.array(id).max(100, { error: "一次最多 100 条" }).nullable().default(null) }))
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input.ids)),
});
