/**
 * The audit log's vocabulary: what each action is called, and the fields an event's before/after hold
 * (core-owned, so the core may name them), in both languages, for the readable log and its CSV.
 */
import type { FieldEntry, LocalizedText } from "@nianbao/sdk";

export const AUDIT_ACTIONS: Record<string, LocalizedText> = {
  "section.draft": { "zh-CN": "栏目保存为填报中", en: "Section saved as draft" },
  "section.complete": { "zh-CN": "栏目标记为已完成", en: "Section marked complete" },
  "section.not_applicable": { "zh-CN": "栏目标记为本年度不适用", en: "Section marked not applicable" },
  "section.applicable": { "zh-CN": "栏目恢复填写", en: "Section applicable again" },
  "section.restore": { "zh-CN": "恢复栏目历史版本", en: "Section revision restored" },
  "section.prefill": { "zh-CN": "从上年导入栏目内容", en: "Section imported from last year" },
  "section.to_own_words": { "zh-CN": "栏目改为自己的话", en: "Section switched to own words" },
  "section.to_generated": { "zh-CN": "栏目恢复生成文本", en: "Section switched to generated text" },
  "report.create": { "zh-CN": "创建报告", en: "Report created" },
  "report.import": { "zh-CN": "导入报告", en: "Report imported" },
  "report.submit": { "zh-CN": "提交报告", en: "Report submitted" },
  "report.return": { "zh-CN": "退回报告", en: "Report returned" },
  "report.approve": { "zh-CN": "审核通过", en: "Report approved" },
  "report.reopen": { "zh-CN": "重新开放报告", en: "Report reopened" },
  "comment.add": { "zh-CN": "审核意见", en: "Review comment" },
  "thread.open": { "zh-CN": "提出审核意见", en: "Review thread opened" },
  "thread.reply": { "zh-CN": "回复审核意见", en: "Review thread answered" },
  "thread.resolve": { "zh-CN": "审核意见已解决", en: "Review thread resolved" },
  "thread.reopen": { "zh-CN": "重新打开审核意见", en: "Review thread reopened" },
  "deadline.exception.open": { "zh-CN": "开放截止日期例外", en: "Deadline exception opened" },
  "deadline.exception.revoke": { "zh-CN": "撤销截止日期例外", en: "Deadline exception revoked" },
  "year.create": { "zh-CN": "新建年度", en: "Year created" },
  "year.save_draft": { "zh-CN": "保存年度草稿", en: "Year draft saved" },
  "year.publish": { "zh-CN": "发布年度模板", en: "Year published" },
  "year.revise": { "zh-CN": "发布模板修订", en: "Template revision published" },
  "year.import": { "zh-CN": "导入年度模板", en: "Year imported" },
  "year.deadline": { "zh-CN": "修改报送截止日期", en: "Deadline changed" },
  "account.create": { "zh-CN": "新建账号", en: "Account created" },
  "account.reset_password": { "zh-CN": "重置密码", en: "Password reset" },
  "account.change_password": { "zh-CN": "修改本人密码", en: "Own password changed" },
  "account.disable": { "zh-CN": "停用账号", en: "Account disabled" },
  "account.enable": { "zh-CN": "启用账号", en: "Account enabled" },
  "account.update": { "zh-CN": "修改本人姓名", en: "Own name changed" },
  "account.rename": { "zh-CN": "修改姓名", en: "Account renamed" },
  "account.change_username": { "zh-CN": "修改用户名", en: "Username changed" },
  "account.set_role": { "zh-CN": "修改角色或所属单位", en: "Role or unit changed" },
  "account.end_sessions": { "zh-CN": "结束登录会话", en: "Sessions ended" },
  "report.frame": { "zh-CN": "修改公文格式（文号、发文机关、主送机关）", en: "Document frame changed" },
  "report.signed-on": { "zh-CN": "设置落款日期", en: "Signature date set" },
  "report.outline.add": { "zh-CN": "增加自设栏目", en: "Own section added" },
  "report.outline.retitle": { "zh-CN": "修改栏目标题", en: "Section retitled" },
  "report.outline.remove": { "zh-CN": "删除自设栏目", en: "Own section removed" },
  "report.secrecy-review": { "zh-CN": "记录保密审查", en: "Secrecy review recorded" },
  "report.publish": { "zh-CN": "公开报告", en: "Report published" },
  "report.unpublish": { "zh-CN": "撤回公开", en: "Report withdrawn from publication" },
};

/** The kinds of action, for the filter ("every report action"). */
export const AUDIT_KINDS: Record<string, LocalizedText> = {
  section: { "zh-CN": "栏目", en: "Sections" },
  report: { "zh-CN": "报告", en: "Reports" },
  comment: { "zh-CN": "审核意见", en: "Comments" },
  thread: { "zh-CN": "审核意见", en: "Review threads" },
  deadline: { "zh-CN": "截止日期例外", en: "Deadline exceptions" },
  year: { "zh-CN": "年度", en: "Years" },
  account: { "zh-CN": "账号", en: "Accounts" },
};

const status = (draft: LocalizedText): FieldEntry => ({
  path: "status",
  label: { "zh-CN": "状态", en: "Status" },
  kind: "choice",
  options: [
    { key: "empty", label: { "zh-CN": "未填写", en: "not started" } },
    { key: "draft", label: draft },
    { key: "complete", label: { "zh-CN": "已完成", en: "complete" } },
    { key: "not_applicable", label: { "zh-CN": "本年度不适用", en: "not applicable" } },
    { key: "submitted", label: { "zh-CN": "已提交", en: "submitted" } },
    { key: "returned", label: { "zh-CN": "已退回", en: "returned" } },
    { key: "approved", label: { "zh-CN": "已通过", en: "approved" } },
    { key: "published", label: { "zh-CN": "已发布", en: "published" } },
    { key: "closed", label: { "zh-CN": "已关闭", en: "closed" } },
  ],
});

const COMMON: FieldEntry[] = [
  { path: "revision", label: { "zh-CN": "版本", en: "Revision" }, kind: "count" },
  { path: "note", label: { "zh-CN": "说明", en: "Note" }, kind: "text" },
  { path: "notice", label: { "zh-CN": "提示", en: "Notice" }, kind: "text" },
  { path: "reason", label: { "zh-CN": "理由", en: "Reason" }, kind: "text" },
  {
    path: "openThreads",
    label: { "zh-CN": "待处理意见", en: "Open review threads" },
    kind: "count",
    unit: "条",
  },
  { path: "body", label: { "zh-CN": "内容", en: "Text" }, kind: "text" },
  { path: "sectionKey", label: { "zh-CN": "栏目", en: "Section" }, kind: "text" },
  { path: "fromRevision", label: { "zh-CN": "恢复自版本", en: "Restored from revision" }, kind: "count" },
  { path: "fromYear", label: { "zh-CN": "来源年度", en: "From year" }, kind: "text" },
  { path: "fromRegion", label: { "zh-CN": "来源地区", en: "From region" }, kind: "text" },
  { path: "from", label: { "zh-CN": "来源", en: "Copied from" }, kind: "text" },
  { path: "formatVersion", label: { "zh-CN": "文件格式版本", en: "File format version" }, kind: "count" },
  { path: "year", label: { "zh-CN": "年度", en: "Year" }, kind: "text" },
  { path: "deadline", label: { "zh-CN": "截止日期", en: "Deadline" }, kind: "text" },
  { path: "until", label: { "zh-CN": "延至", en: "Until" }, kind: "text" },
  { path: "townships", label: { "zh-CN": "填报单位数", en: "Townships" }, kind: "count", unit: "个" },
  { path: "changes", label: { "zh-CN": "修改内容", en: "Changes" }, kind: "orderedItems" },
  { path: "revoked", label: { "zh-CN": "已撤销", en: "Revoked" }, kind: "yesNo" },
  { path: "disabled", label: { "zh-CN": "已停用", en: "Disabled" }, kind: "yesNo" },
  { path: "username", label: { "zh-CN": "用户名", en: "Username" }, kind: "text" },
  { path: "displayName", label: { "zh-CN": "姓名", en: "Name" }, kind: "text" },
  { path: "role", label: { "zh-CN": "角色", en: "Role" }, kind: "text" },
  { path: "yearId", label: { "zh-CN": "年度编号", en: "Year id" }, kind: "text" },
];

/** The fields of an event's before/after, by what the event is about (a year's draft is 草稿, a report's 填报中). */
export function auditFields(targetType: string): FieldEntry[] {
  const draft: LocalizedText =
    targetType === "report_year" ? { "zh-CN": "草稿", en: "draft" } : { "zh-CN": "填报中", en: "draft" };
  return [status(draft), ...COMMON];
}

/** The CSV's column headings. */
export const AUDIT_WORDS = {
  at: { "zh-CN": "时间", en: "When" },
  actor: { "zh-CN": "操作人", en: "Who" },
  action: { "zh-CN": "操作", en: "Action" },
  org: { "zh-CN": "单位", en: "Unit" },
  year: { "zh-CN": "年度", en: "Year" },
  section: { "zh-CN": "栏目", en: "Section" },
  changes: { "zh-CN": "修改内容", en: "Changes" },
} satisfies Record<string, LocalizedText>;
