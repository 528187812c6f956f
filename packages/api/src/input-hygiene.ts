import { TEXT_PROBLEM_MESSAGES, textProblems } from "@nianbao/sdk";
import { z, type ZodError } from "zod";
import type { FieldError } from "./trpc.ts";

// Zod's own messages ("Invalid input: expected string, received number") in Chinese, for every schema the
// API parses; our schemas give their own messages where a field needs more.
z.config(z.locales.zhCN());

/** What the fields of the API's inputs are called, for messages that name a field. Section data is named by path. */
const FIELD_LABELS: Record<string, string> = {
  reportId: "报告",
  yearId: "年度",
  orgId: "单位",
  regionId: "地区",
  orgIds: "报送单位",
  revisionId: "历史版本",
  sectionKey: "栏目",
  baseRevision: "版本号",
  revision: "版本号",
  data: "栏目内容",
  note: "说明",
  reason: "理由",
  comment: "意见",
  body: "意见",
  until: "开放截止日期",
  deadline: "截止日期",
  template: "提纲",
  username: "用户名",
  displayName: "姓名",
  password: "密码",
  newPassword: "新密码",
  role: "角色",
  year: "年度",
  format: "格式",
  limit: "条数",
  file: "文件",
  notApplicable: "不适用",
  complete: "已完成",
};

/** The field a path names, by its label where it has one: "“理由”", "“栏目内容 › training.courses”". */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "输入";
  const [head, ...rest] = path.map(String);
  const label = FIELD_LABELS[head!] ?? head!;
  return `“${rest.length ? `${label} › ${rest.join(".")}` : label}”`;
}

/** The one-line message of a refused input: its first problem, naming the field, and how many more there are. */
export function inputMessage(errors: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  if (errors.length === 0) return "输入有误";
  const [first] = errors;
  const more = errors.length > 1 ? `（另有 ${errors.length - 1} 处）` : "";
  return `输入有误：${fieldName(first!.path)}${first!.message}${more}`;
}

/** A ZodError as that message. */
export function zodMessage(error: ZodError): string {
  return inputMessage(error.issues);
}

/**
 * The texts of a procedure's raw input that cannot be stored (NUL, lone surrogates), anywhere in it — so no
 * procedure, a plugin's included, lets them reach the database. Empty when the input is clean.
 */
export function unstorableTexts(input: unknown): { message: string; fieldErrors: FieldError[] } | null {
  const problems = textProblems(input).map((p) => ({
    path: p.path,
    message: TEXT_PROBLEM_MESSAGES[p.problem],
  }));
  if (problems.length === 0) return null;
  return {
    message: inputMessage(problems),
    fieldErrors: problems.map((p) => ({ path: p.path.join("."), message: p.message })),
  };
}
