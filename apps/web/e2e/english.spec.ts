/**
 * The English UI is complete: every page, in English, shows no Chinese outside what is exempt. Exempt is
 * exactly:
 *   1. user data and government wording, which stay Chinese in every locale: the names of units (org units)
 *      and people, reasons administrators wrote, the year's outline (part titles, numbered section headings,
 *      their numbering 一、 （三）, and a plugin's Chinese title where the outline names an untitled section
 *      by it), figures as the
 *      report prints them (12次, 1500余件, 无: a number with its unit or qualifier, or the unit alone), the
 *      report's own text (the document preview and the print view are marked `lang="zh-CN"`; the
 *      own-words editor), and anything else inside an element marked `lang="zh-CN"` (the markup says the
 *      text is Chinese, for screen readers too);
 *   2. what the user typed or may type: input and textarea values, and examples that begin "e.g. " in
 *      placeholders and hints (the example is the Chinese a township would write);
 *   3. English sentences quoting a Chinese term of the report ("Legally literate residents (法律明白人)"):
 *      text with English words whose Chinese runs are at most 12 characters each;
 *   4. the language switch's own "中文" (a language names itself).
 * Everything else — labels, buttons, headings, messages, badges, empty states — must come from the English
 * catalog or the plugins' English labels.
 */
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiAs,
  artifact,
  baseUrl,
  launch,
  reportIdFor,
  signIn,
  type Browser,
  type DemoRole,
} from "./support.ts";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Names that are data (units, people), read from the API, longest first so that 荆竹铺镇 goes before 镇. */
let dataWords: string[] = [];

/** The units metrics and figures print with (次, 件, 名 …): report wording, beside a figure or in its column. */
let units: string[] = [];

async function loadDataWords(reportIds: string[]): Promise<void> {
  const admin = apiAs("admin");
  const orgs = await admin.query<Array<{ name: string }>>("org.townships");
  const accounts =
    await admin.query<Array<{ displayName: string | null; orgName?: string | null }>>("account.list");
  const words = new Set<string>();
  for (const o of orgs) words.add(o.name);
  for (const a of accounts) {
    if (a.displayName) words.add(a.displayName);
    if (a.orgName) words.add(a.orgName);
  }
  for (const reportId of reportIds) {
    const report = await admin.query<{
      org: { name: string; parentName?: string | null };
      year: { id: string };
      outline: Array<{
        numbering: string | null;
        title: string | null;
        sections: Array<{ numbering: string | null; heading: string | null }>;
      }>;
    }>("report.byId", { reportId });
    words.add(report.org.name);
    if (report.org.parentName) words.add(report.org.parentName);
    for (const p of report.outline) {
      if (p.title) words.add(`${p.numbering ?? ""}${p.title}`).add(p.title);
      for (const s of p.sections) if (s.heading) words.add(`${s.numbering ?? ""}${s.heading}`).add(s.heading);
    }
    // Reasons an administrator wrote (deadline exceptions): data.
    const exceptions = await admin
      .query<Array<{ reason: string }>>("exception.list", { yearId: report.year.id })
      .catch(() => []);
    for (const e of exceptions) words.add(e.reason);
  }
  dataWords = [...words].filter(Boolean).sort((a, b) => b.length - a.length);
  const plugins = await admin.query<
    Array<{
      title: { "zh-CN": string };
      metrics: Array<{ unit: string }>;
      figures: Array<{ unit: string }>;
    }>
  >("plugin.list");
  for (const p of plugins) words.add(p.title["zh-CN"]);
  dataWords = [...words].filter(Boolean).sort((a, b) => b.length - a.length);
  units = [...new Set(plugins.flatMap((p) => [...p.metrics, ...p.figures].map((m) => m.unit)))]
    .filter((u) => HAN.test(u))
    .sort((a, b) => b.length - a.length);
}

/** The visible text on the page with Chinese that is not exempt, one entry per text node (and placeholder). */
async function chineseOnPage(page: Page): Promise<string[]> {
  const raw = await page.evaluate((hanSource) => {
    const han = new RegExp(hanSource);
    const out: string[] = [];
    const exemptEl = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const lang = e.getAttribute("lang");
        if (lang && lang.toLowerCase().startsWith("zh") && e !== document.documentElement) return true;
        if (e.matches(".ProseMirror, textarea")) return true;
      }
      return false;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none";
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      const el = n.parentElement;
      if (
        !el ||
        !han.test(text) ||
        text.trim() === "中文" ||
        el.closest("script, style, noscript") ||
        !visible(el) ||
        exemptEl(el)
      )
        continue;
      out.push(text.trim());
    }
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
      for (const attr of ["placeholder", "aria-label", "title"]) {
        const v = el.getAttribute(attr);
        if (!v || !han.test(v) || exemptEl(el)) continue;
        if (attr === "placeholder" && v.startsWith("e.g. ")) continue;
        out.push(`[${attr}] ${v}`);
      }
    }
    return out;
  }, HAN.source);
  return raw
    .map((t) => {
      let rest = t;
      for (const w of dataWords) rest = rest.split(w).join("");
      // A figure as the report prints it (12次, 1500余件, 无) or its unit alone.
      let figure = rest.trim();
      for (const u of units) figure = figure.split(u).join("");
      if (/^[\d.,\s%()（）/—-]*[余超近约达]?[\d.,\s%()（）/—-]*$/.test(figure) || figure === "无") rest = "";
      // The outline's numbering (一、 （三）): government wording.
      if (/^[（(]?[一二三四五六七八九十]+[）)、]?$/.test(rest.trim())) rest = "";
      // An example of what a township writes ("e.g. 300余人次"), as in placeholders.
      if (rest.trim().startsWith("e.g. ")) rest = "";
      // English quoting a term of the report.
      if (
        /[A-Za-z]{2,}/.test(rest) &&
        (rest.match(/[\u3400-\u9fff]+/g) ?? []).every((run) => run.length <= 12)
      )
        rest = "";
      return { t, rest };
    })
    .filter((x) => HAN.test(x.rest))
    .map((x) => x.t);
}

let reportId: string;
/** The same township's next year: its sections show last year's text beside the form. */
let nextYearReportId: string;
const found = new Map<string, string[]>();

beforeAll(async () => {
  reportId = await reportIdFor("荆竹铺镇", 2023);
  nextYearReportId = await reportIdFor("荆竹铺镇", 2024);
  await loadDataWords([reportId, nextYearReportId]);
});

async function visit(browser: Browser, label: string, path: string, ready: (page: Page) => Promise<unknown>) {
  const { page } = browser;
  await page.goto(`${baseUrl()}${path}`);
  await ready(page);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const bad = await chineseOnPage(page);
  if (bad.length) found.set(label, bad);
  await page.screenshot({ path: artifact(`english-${label}.png`), fullPage: false });
}

async function englishBrowser(role: DemoRole): Promise<Browser> {
  const b = await launch();
  await b.page.setViewportSize({ width: 1366, height: 768 });
  await signIn(b.page, role);
  await b.context.addInitScript(() => window.localStorage.setItem("nianbao.locale", "en"));
  return b;
}

describe("the English UI is complete", () => {
  const browsers: Browser[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close();
  });

  it("every page, in English, shows Chinese only where it is data or government wording", async () => {
    const clerk = await englishBrowser("editor");
    browsers.push(clerk);
    const h1 = (p: Page) => p.locator("h1, h2, [data-testid=user-menu]").first().waitFor();
    await visit(clerk, "home-clerk", "/", h1);
    await visit(clerk, "report", `/reports/${reportId}`, h1);
    await visit(clerk, "section", `/reports/${reportId}/legal-study`, (p) =>
      p.getByTestId("section-form").getByRole("textbox").first().waitFor(),
    );
    await visit(clerk, "section-disputes", `/reports/${reportId}/dispute-resolution`, (p) =>
      p.getByTestId("section-form").getByRole("textbox").first().waitFor(),
    );
    // Last year's text beside this year's form is the report's (data), marked as Chinese.
    await visit(clerk, "section-last-year", `/reports/${nextYearReportId}/legal-study`, (p) =>
      p.getByTestId("previous-year").waitFor(),
    );
    await visit(clerk, "print", `/reports/${reportId}/print`, h1);
    await visit(clerk, "not-found", "/no-such-page", h1);

    const reviewer = await englishBrowser("reviewer");
    browsers.push(reviewer);
    await visit(reviewer, "home-reviewer", "/", h1);
    await visit(reviewer, "dashboard", "/dashboard", (p) => p.getByRole("heading").first().waitFor());
    const orgs = await apiAs("admin").query<Array<{ id: string; name: string }>>("org.townships");
    const jzp = orgs.find((o) => o.name === "荆竹铺镇")!;
    await visit(reviewer, "township-dashboard", `/dashboard/townships/${jzp.id}`, (p) =>
      p.getByRole("heading").first().waitFor(),
    );

    const admin = await englishBrowser("admin");
    browsers.push(admin);
    await visit(admin, "admin-accounts", "/admin", (p) => p.getByRole("tab").first().waitFor());
    await admin.page.getByRole("tab", { name: "Audit log" }).click();
    await admin.page.getByTestId("audit-row").first().waitFor();
    const audit = await chineseOnPage(admin.page);
    if (audit.length) found.set("admin-audit", audit);
    await visit(admin, "admin-years", "/admin/years", (p) => p.getByRole("heading").first().waitFor());
    await visit(admin, "sandbox", "/sandbox", (p) => p.getByRole("heading").first().waitFor());
    const years = await apiAs("admin").query<Array<{ id: string; year: number }>>("year.list");
    await visit(admin, "admin-year", `/admin/years/${years[0]!.id}`, (p) =>
      p.getByRole("heading").first().waitFor(),
    );

    // Signed out: the sign-in page.
    await admin.context.clearCookies();
    await visit(admin, "signin", "/signin", (p) => p.getByRole("button").first().waitFor());

    // The check itself can fail: an untranslated string put on the page is found, a marked one is not.
    await admin.page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "未翻译的按钮";
      const q = document.createElement("p");
      q.lang = "zh-CN";
      q.textContent = "标记为中文的内容";
      document.body.append(p, q);
    });
    expect(await chineseOnPage(admin.page)).toEqual(["未翻译的按钮"]);

    writeFileSync(artifact("english-found.json"), JSON.stringify(Object.fromEntries(found), null, 1));
    expect(Object.fromEntries(found)).toEqual({});
  });
});
