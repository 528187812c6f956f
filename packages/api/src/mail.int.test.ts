import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root.ts";
import { createMailer } from "./services/mail.ts";
import { seededApi } from "./test-support.ts";

// Notification e-mail through nodemailer, received by an in-process SMTP server (smtp-server).
const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

interface Received {
  to: string[];
  raw: string;
}

let t: TestDatabase;
let server: SMTPServer;
let port: number;
const inbox: Received[] = [];
let api: Awaited<ReturnType<typeof seededApi>>;
let reportId: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
  t = await createTestDb();
  api = await seededApi(t.db);
  await t.db
    .updateTable("app_user")
    .set({ email: "zhang@jingzhupu.example.cn" })
    .where("username", "=", "jingzhupu")
    .execute();
  const editor = await api.as("jingzhupu");
  const orgId = (await editor.org.townships())[0]!.id;
  const yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
});
afterAll(async () => {
  await t?.dispose();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function arrived(n: number, timeoutMs = 10_000): Promise<Received[]> {
  const until = Date.now() + timeoutMs;
  while (inbox.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return inbox;
}

describe(`notification e-mail (${engine})`, () => {
  it("a reviewer's comment reaches the clerk's mailbox after commit, with a Chinese subject", async () => {
    const errors: unknown[] = [];
    const mailer = createMailer({
      url: `smtp://127.0.0.1:${port}`,
      from: "年报 <nianbao@wugang.example.cn>",
    });
    const reviewer = createCaller({
      ...(await api.context("reviewer")),
      mailer,
      onMailError: (e) => errors.push(e),
    });
    await reviewer.review.start({
      reportId,
      sectionKey: "legal-study",
      body: "学法次数与台账不一致，请核实",
    });
    const [mail] = await arrived(1);
    expect(errors).toEqual([]);
    // Only the clerk has a deliverable address (the other accounts keep the reserved .invalid domain).
    expect(inbox).toHaveLength(1);
    expect(mail!.to).toEqual(["zhang@jingzhupu.example.cn"]);
    const parsed = await simpleParser(mail!.raw);
    expect(parsed.subject).toMatch(/^【年报】荆竹铺镇2024年度报告“.+”有新的意见$/);
    expect(parsed.from?.text).toContain("nianbao@wugang.example.cn");
    expect(parsed.text).toContain("学法次数与台账不一致，请核实");
  });

  it("an unreachable SMTP server never fails the request: the comment is stored, the failure reported", async () => {
    const errors: unknown[] = [];
    const closed = new SMTPServer({ authOptional: true });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mailer = createMailer({ url: `smtp://127.0.0.1:${deadPort}`, from: "nianbao@wugang.example.cn" });
    const reviewer = createCaller({
      ...(await api.context("reviewer")),
      mailer,
      onMailError: (e) => errors.push(e),
    });
    const { id } = await reviewer.review.start({ reportId, sectionKey: null, body: "整体意见" });
    expect((await reviewer.review.threads({ reportId })).map((x) => x.id)).toContain(id);
    const until = Date.now() + 10_000;
    while (errors.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(errors).toHaveLength(1);
  });
});
