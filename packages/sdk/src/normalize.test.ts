import { describe, expect, it } from "vitest";
import { hasFullWidthNumberChars, normalizeNumberText, normalizePastedText } from "./normalize.ts";

describe("normalizeNumberText", () => {
  it("reads full-width digits, points and separators typed with a Chinese input method", () => {
    expect(normalizeNumberText("１２３")).toBe("123");
    expect(normalizeNumberText("９４．７")).toBe("94.7");
    expect(normalizeNumberText("94。7")).toBe("94.7");
    expect(normalizeNumberText("1，500")).toBe("1500");
    expect(normalizeNumberText("１，８００，０００")).toBe("1800000");
    expect(normalizeNumberText(" 37 ")).toBe("37");
  });

  it("keeps what is not a number for the field to refuse", () => {
    expect(normalizeNumberText("三十七")).toBe("三十七");
    expect(normalizeNumberText("1,5")).toBe("1,5");
  });

  it("tells when typed text needs normalising", () => {
    expect(hasFullWidthNumberChars("３")).toBe(true);
    expect(hasFullWidthNumberChars("3")).toBe(false);
  });
});

describe("normalizePastedText", () => {
  it("turns half-width punctuation in Chinese sentences full-width", () => {
    expect(normalizePastedText("全年共调处矛盾纠纷37起,调处成功率100%;其中重大纠纷2起.")).toBe(
      "全年共调处矛盾纠纷37起，调处成功率100%；其中重大纠纷2起。",
    );
    expect(normalizePastedText("一是加强学习:全年开展学法4次!")).toBe("一是加强学习：全年开展学法4次！");
    expect(normalizePastedText("满意度达98.5%.群众认可")).toBe("满意度达98.5%。群众认可");
    expect(normalizePastedText("共办理37.")).toBe("共办理37。");
    expect(normalizePastedText("成立法治建设领导小组(组长由镇党委书记担任)")).toBe(
      "成立法治建设领导小组（组长由镇党委书记担任）",
    );
  });

  it("leaves numbers, dates, decimals and Latin names alone", () => {
    expect(normalizePastedText("参训率达94.7%，于2024.3.1前完成")).toBe("参训率达94.7%，于2024.3.1前完成");
    expect(normalizePastedText("2024-03-01召开会议")).toBe("2024-03-01召开会议");
    expect(normalizePastedText("Microsoft Word, Excel and PDF")).toBe("Microsoft Word, Excel and PDF");
    expect(normalizePastedText("拨打12345热线")).toBe("拨打12345热线");
  });

  it("drops the stray spaces of non-breaking spaces, tabs and ideographic spaces between Chinese words", () => {
    expect(normalizePastedText("全镇\u00a0共有\t17个村\u3000（社区）")).toBe("全镇共有17个村（社区）");
    expect(normalizePastedText("  开展  普法活动  ")).toBe("开展普法活动");
  });

  it("joins wrapped lines without adding punctuation, and keeps paragraphs in text areas", () => {
    expect(normalizePastedText("全年共调处矛盾纠纷\n37起，调处成功率100%。")).toBe(
      "全年共调处矛盾纠纷37起，调处成功率100%。",
    );
    expect(normalizePastedText("第一段。\n第二段\n接着写。", { multiline: true })).toBe(
      "第一段。\n第二段接着写。",
    );
    expect(normalizePastedText("第一段\n\n第二段", { multiline: true })).toBe("第一段\n第二段");
    expect(normalizePastedText("a line\nwrapped")).toBe("a line wrapped");
  });
});
