import { describePlugin } from "@nianbao/sdk";
import { notFound } from "../errors.ts";
import { z } from "zod";
import { router, signedInProcedure } from "../trpc.ts";

export const pluginRouter = router({
  list: signedInProcedure.query(({ ctx }) => ctx.sections.list().map(describePlugin)),
  byId: signedInProcedure.input(z.object({ id: z.string().max(100) })).query(({ ctx, input }) => {
    const p = ctx.sections.get(input.id);
    if (!p) throw notFound(`栏目插件“${input.id}”未安装`);
    return describePlugin(p);
  }),
});
