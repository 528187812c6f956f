import { describe, expect, it } from "vitest";
import { asDomainError, DomainError, httpError, INTERNAL_MESSAGE, invalid } from "./errors.ts";

/** What pg and PGlite throw: an Error with the SQLSTATE in `code`. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("errors mapped to HTTP", () => {
  it("answers a domain error with its status, message, reason and field errors", () => {
    expect(
      httpError(
        invalid("输入有误（deadline：日期格式应为 yyyy-mm-dd）", [
          { path: "deadline", message: "日期格式应为 yyyy-mm-dd" },
        ]),
      ),
    ).toEqual({
      status: 400,
      internal: false,
      retryAfter: null,
      body: {
        error: "输入有误（deadline：日期格式应为 yyyy-mm-dd）",
        reason: "invalid",
        fieldErrors: [{ path: "deadline", message: "日期格式应为 yyyy-mm-dd" }],
      },
    });
    expect(httpError(new DomainError("locked", "报告已提交，等待审核，不能修改"))).toMatchObject({
      status: 423,
      body: { reason: "locked" },
    });
  });

  it("answers unique violations, serialization failures and deadlocks as a conflict, a lost connection as unavailable", () => {
    for (const code of ["23505", "40001", "40P01"]) {
      expect(
        httpError(
          pgError(
            code,
            'duplicate key value violates unique constraint "report_section_report_id_section_key_key"',
          ),
        ),
      ).toMatchObject({ status: 409, body: { reason: "conflict" } });
    }
    const lost = httpError(pgError("57P01", "terminating connection due to administrator command"));
    expect(lost).toMatchObject({ status: 503, body: { reason: "unavailable" } });
    expect(lost.body.error).not.toContain("terminating");
  });

  it("never shows a raw SQL or JavaScript message: anything else is internal, with a generic message", () => {
    const sqlFault = httpError(
      pgError("22P05", "unsupported Unicode escape sequence \\u0000 cannot be converted to text"),
    );
    const jsFault = httpError(new TypeError("Cannot read properties of undefined (reading '1')"));
    for (const r of [sqlFault, jsFault])
      expect(r).toEqual({
        status: 500,
        internal: true,
        retryAfter: null,
        body: { error: INTERNAL_MESSAGE, reason: "internal" },
      });
    expect(asDomainError("boom").reason).toBe("internal");
  });
});
