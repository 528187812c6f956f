import { describe, expect, it } from "vitest";
import { describeSaveError, toFormErrors } from "./save-errors.ts";

describe("toFormErrors", () => {
  it("strips the data. prefix so errors land on the form's fields, and keeps section-wide errors apart", () => {
    expect(
      toFormErrors([
        { path: "data.training.participation.numerator", message: "分子不能大于分母" },
        { path: "data.centralGroup.sessions", message: "不能为负数" },
        { path: "data.centralGroup.sessions", message: "须为整数" },
        { path: "data", message: "合格率的分母应等于参考人数" },
        { path: "baseRevision", message: "缺少版本号" },
      ]),
    ).toEqual({
      fields: {
        "training.participation.numerator": "分子不能大于分母",
        "centralGroup.sessions": "不能为负数；须为整数",
      },
      general: ["合格率的分母应等于参考人数", "缺少版本号"],
    });
    expect(toFormErrors(null)).toEqual({ fields: {}, general: [] });
  });
});

describe("describeSaveError", () => {
  const trpcError = (reason: string, message: string, fieldErrors: unknown = null) => ({
    message,
    data: { code: "IGNORED", reason, fieldErrors },
  });

  it("recognises a stale revision", () => {
    const e = describeSaveError(trpcError("conflict", "本栏目已被他人更新（当前为第3版）"));
    expect(e.kind).toBe("conflict");
    expect(e.message).toContain("第3版");
  });

  it("carries field errors of a refused save", () => {
    const e = describeSaveError(
      trpcError("invalid", "栏目内容未通过校验", [
        { path: "data.exam.pass.numerator", message: "分子不能大于分母" },
      ]),
    );
    expect(e.kind).toBe("invalid");
    expect(e.mapping.fields).toEqual({ "exam.pass.numerator": "分子不能大于分母" });
  });

  it("tells a missing plugin, a locked report and a network failure apart", () => {
    expect(describeSaveError(trpcError("plugin_missing", "插件尚未安装")).kind).toBe("plugin-missing");
    expect(describeSaveError(trpcError("locked", "报告已提交")).kind).toBe("locked");
    // "no access" and "locked" were both FORBIDDEN once; the reason tells them apart.
    expect(describeSaveError(trpcError("forbidden", "您无权修改该报告")).kind).toBe("forbidden");
    expect(describeSaveError(trpcError("unavailable", "数据库暂时无法访问")).kind).toBe("unavailable");
    expect(describeSaveError(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "network",
      message: "Failed to fetch",
    });
    expect(describeSaveError("boom").kind).toBe("network");
  });
});
