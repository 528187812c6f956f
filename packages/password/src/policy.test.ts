import { describe, expect, it } from "vitest";
import { checkPassword } from "./policy.ts";

const owner = { username: "jingzhupu", displayName: "荆竹铺镇填报员" };

describe("password policy", () => {
  it.each([
    ["12345678", "short"],
    ["password", "short"],
    ["        ", "empty"],
    ["          ", "empty"],
    ["1234567890", "common"],
    ["password12", "common"],
    ["qwertyuiop", "common"],
    ["zxcvbnm,./zxc", "weak"],
    ["aaaaaaaaaaaa", "weak"],
    ["jingzhupu2024", "username"],
    ["JingZhuPu!!", "username"],
    ["荆竹铺镇填报员123456", "name"],
    ["x".repeat(129), "long"],
  ])("refuses %j (%s) with a reason in both languages", (pw, problem) => {
    const v = checkPassword(pw, owner);
    expect(v.ok).toBe(false);
    expect(v.problem).toBe(problem);
    expect(v.reason?.zh).toMatch(/密码/);
    expect(v.reason?.en).toMatch(/password/i);
  });

  it("names why a weak password is weak", () => {
    expect(checkPassword("abcdefghijk", owner).reason?.zh).toMatch(/连续|常见/);
  });

  it.each(["Wugang-river-1942-kite", "tea kettle orbit lantern", "Lp9#vQ2!xT7m"])("accepts %j", (pw) => {
    const v = checkPassword(pw, owner);
    expect(v).toMatchObject({ ok: true, problem: null, reason: null });
    expect(v.score).toBeGreaterThanOrEqual(3);
  });

  it("a short username is not a reason to refuse everything", () => {
    expect(checkPassword("Lp9#vQ2!xT7m", { username: "a" }).ok).toBe(true);
  });
});
