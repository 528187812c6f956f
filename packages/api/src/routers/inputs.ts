import { z } from "zod";

/** Input pieces shared by several routers. */
export const id = z.uuid({ error: "编号格式不正确" });
export const sectionKey = z.string().min(1).max(64);
/** A note, reason or comment: plain text (stored as text, escaped wherever shown). */
export const note = z.string().max(2000, { error: "内容过长（最多 2000 字）" });
export const requiredText = z.string().trim().min(1, { error: "请填写内容" }).max(2000, { error: "内容过长（最多 2000 字）" });
export const dateString = z.iso.date({ error: "日期格式应为 yyyy-mm-dd" });
