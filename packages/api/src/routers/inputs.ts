import { z } from "zod";

/** Input pieces shared by several routers. */
export const id = z.uuid({ error: "编号格式不正确" });
export const sectionKey = z.string().min(1).max(64);
