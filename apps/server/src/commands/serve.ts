/** `nianbao serve`: the HTTP server on the configured database (seeds the demo on an empty one). */
import { createMailer, demoAccountsPresent, seedDemoOnce } from "@nianbao/api";
import type { Database } from "@nianbao/db";
import { demoFixtures, sections } from "@nianbao/sections";
import { buildServer } from "../app.ts";
import type { Env } from "../env.ts";
import { authOptions, describe, printDemoAccounts } from "./context.ts";

export async function serve(database: Database, env: Env): Promise<void> {
  const app = await buildServer({
    database,
    webDist: env.WEB_DIST,
    logLevel: env.LOG_LEVEL,
    auth: authOptions(env),
    trustProxy: env.TRUST_PROXY,
    secureHeaders: { hsts: env.SECURE_COOKIES },
    mailer:
      env.SMTP_URL && env.MAIL_FROM ? createMailer({ url: env.SMTP_URL, from: env.MAIL_FROM }) : undefined,
  });
  const r = await seedDemoOnce(database, sections, demoFixtures, { auth: app.auth, ifEmpty: true });
  if (r)
    console.log(
      `空数据库：已创建演示数据（填写了 ${r.sectionsFilled} 个栏目）/ empty database: demo data created`,
    );
  const demo = await demoAccountsPresent(database.db);
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await app.listen({ host: env.HOST, port: env.PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.log(
    `\n年报 Nianbao 已启动 / running: http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}`,
  );
  console.log(`数据库 / database: ${describe(database)}\n`);
  if (demo.length) printDemoAccounts(demo);
}
