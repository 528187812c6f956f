import { describePlugin } from "@nianbao/sdk";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { router, signedInProcedure } from "../trpc.ts";

export const pluginRouter = router({
  list: signedInProcedure.query(({ ctx }) => ctx.sections.list().map(describePlugin)),
  byId: signedInProcedure.input(z.object({ id: z.string().max(100) })).query(({ ctx, input }) => {
    const p = ctx.sections.get(input.id);
    if (!p) throw new TRPCError({ code: "NOT_FOUND", message: `栏目插件“${input.id}”未安装` });
    return describePlugin(p);
  }),
});
