import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS } from "@nianbao/server";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

export const baseUrl = (): string => inject("baseUrl");

/** Screenshots and other artifacts (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL("../test-results/", import.meta.url));

export function artifact(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

const ARGS = [...CHROMIUM_FLAGS, "--disable-quic"];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * The system Chromium with a fresh profile; the browser's own dialogs (beforeunload when a page with unsaved
 * edits is left by a full load) are accepted. The app's confirmations are Mantine modals: see `confirmIn`.
 */
export async function launch(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "nianbao-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("dialog", (d) => void d.accept());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      // An uncaught error in the page fails the spec file, even when every assertion passed.
      if (errors.length) throw new Error(`uncaught errors in the page:\n${errors.join("\n")}`);
    },
  };
}

/** Answer an in-app confirmation (a Mantine modal titled `title`) with its button `button`. */
export async function confirmIn(page: Page, title: string | RegExp, button: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
}

// ---------------------------------------------------------------- accounts

/** The demo accounts (seeded by the global setup; printed by `pnpm nianbao serve` on a demo database). */
export const DEMO_USERS = {
  editor: "jingzhupu", // 荆竹铺镇
  editor2: "dengyuantai", // 邓元泰镇
  editor3: "shuiximen", // 水西门街道
  reviewer: "reviewer", // 武冈市
  admin: "admin", // 武冈市
  viewer: "viewer", // 武冈市
} as const;
export type DemoRole = keyof typeof DEMO_USERS;
export const DEMO_PASSWORD = "nianbao-demo";

/** Sign the page in through the sign-in form as a demo account, and wait for the home page. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto(`${baseUrl()}/signin`);
  await page.getByLabel("用户名").fill(DEMO_USERS[role]);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("user-menu").waitFor();
}

// ---------------------------------------------------------------- the API, behind the page's back

interface TrpcResponse<T> {
  result?: { data: T };
  error?: { message: string; data?: { code?: string } };
}

async function unwrap<T>(res: Response): Promise<T> {
  const body = (await res.json()) as TrpcResponse<T>;
  if (body.error) throw new Error(`${body.error.data?.code ?? "ERROR"}: ${body.error.message}`);
  return body.result!.data;
}

const cookies = new Map<string, Promise<string>>();

/** A session cookie for a demo account (signed in once per spec file). */
function cookieFor(username: string): Promise<string> {
  let c = cookies.get(username);
  if (!c) {
    c = fetch(`${baseUrl()}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl() },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    }).then((res) => {
      if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status}`);
      return res.headers
        .getSetCookie()
        .map((x) => x.split(";")[0])
        .join("; ");
    });
    cookies.set(username, c);
  }
  return c;
}

/** The API as a demo account. */
export function apiAs(role: DemoRole) {
  const username = DEMO_USERS[role];
  return {
    async query<T>(path: string, input?: unknown): Promise<T> {
      const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return unwrap<T>(
        await fetch(`${baseUrl()}/trpc/${path}${qs}`, { headers: { cookie: await cookieFor(username) } }),
      );
    },
    async mutate<T>(path: string, input: unknown): Promise<T> {
      const res = await fetch(`${baseUrl()}/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: await cookieFor(username) },
        body: JSON.stringify(input),
      });
      return unwrap<T>(res);
    },
  };
}

/** The API as 荆竹铺镇's editor (someone else saving "behind the page's back"). */
export const api = apiAs("editor");
/** Reading anything in 武冈市. */
const admin = apiAs("admin");

export interface SectionState {
  data: Record<string, unknown> & { centralGroup: { sessions: number | null; frequency: string } };
  revision: number;
  status: string;
}

/** The id of a township's report for a year, opened through the API. */
export async function reportIdFor(township: string, year: number): Promise<string> {
  const orgs = await admin.query<Array<{ id: string; name: string }>>("org.townships");
  const org = orgs.find((o) => o.name === township);
  if (!org) throw new Error(`no township ${township}`);
  const years = await admin.query<Array<{ id: string; year: number }>>("year.forOrg", { orgId: org.id });
  const y = years.find((x) => x.year === year);
  if (!y) throw new Error(`no year ${year} for ${township}`);
  return (await admin.mutate<{ id: string }>("report.open", { yearId: y.id, orgId: org.id })).id;
}

export function getSection(reportId: string, sectionKey: string): Promise<SectionState> {
  return admin.query<SectionState>("section.get", { reportId, sectionKey });
}

/** Wait until the section's form is on screen (the plugin's form is loaded lazily). */
export async function waitForForm(page: Page): Promise<void> {
  await page.getByTestId("section-form").getByLabel("全年安排法律知识学习").waitFor();
}
