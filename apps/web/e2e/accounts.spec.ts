/** Issue 5: sign-in, the role-aware home and header, password change, administration. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("accounts", () => {
  it("sends a signed-out visitor to the sign-in page and refuses a wrong password", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/signin\?next=%2F$/);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").getByText("用户名或密码不正确").waitFor();
    await page.screenshot({ path: artifact("signin.png") });
  });

  it("shows a reviewer the submissions to review and every township of the city, without administration", async () => {
    const { page } = browser;
    await signIn(page, "reviewer");
    await page.getByRole("heading", { name: "您好，武冈市司法局审核员" }).waitFor();
    await page.getByTestId("all-reports").getByText("水西门街道").first().waitFor();
    expect(await page.getByRole("link", { name: "管理", exact: true }).count()).toBe(0);
    await page.screenshot({ path: artifact("home-reviewer.png") });
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await page.waitForURL(/\/signin$/);
  });

  it("lets an administrator create an account, which must then choose its own password and can change it again; the audit log records it", async () => {
    const { page } = browser;
    await signIn(page, "admin");
    await page.getByRole("link", { name: "管理", exact: true }).click();
    await page.waitForURL(/\/admin$/);
    await page.getByRole("cell", { name: "jingzhupu" }).waitFor();
    await page.getByLabel("用户名").fill("wentang");
    await page.getByLabel("姓名").fill("文坪镇填报员");
    await page.getByLabel("密码").fill("Wenping-kite-river-2024");
    await page.getByRole("combobox", { name: "单位" }).click();
    await page.getByRole("option", { name: "文坪镇" }).click();
    await page.getByRole("button", { name: "创建" }).click();
    await page.getByRole("cell", { name: "wentang" }).waitFor();
    await page.screenshot({ path: artifact("admin-accounts.png") });
    await page.getByRole("tab", { name: "审计日志" }).click();
    await page.getByTestId("audit-log").getByText("新建账号").first().waitFor();
    await page.screenshot({ path: artifact("admin-audit.png") });
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await page.waitForURL(/\/signin$/);

    await page.getByLabel("用户名").fill("wentang");
    await page.getByLabel("密码").fill("Wenping-kite-river-2024");
    await page.getByRole("button", { name: "登录" }).click();
    // An account an administrator created chooses its own password before anything else.
    await page.getByRole("heading", { name: "请设置您自己的密码" }).waitFor();
    await page.getByLabel("当前密码").fill("Wenping-kite-river-2024");
    await page.getByLabel(/^新密码/).fill("Wenping-own-lantern-58");
    await page.getByLabel("再次输入新密码").fill("Wenping-own-lantern-58");
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByTestId("my-reports").getByText("文坪镇").first().waitFor();
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "修改密码" }).click();
    const dialog = page.getByRole("dialog", { name: "修改密码" });
    await dialog.getByLabel("当前密码").fill("Wenping-own-lantern-58");
    await dialog.getByLabel(/^新密码/).fill("Wenping-orbit-maple-2025");
    await dialog.getByLabel("再次输入新密码").fill("Wenping-orbit-maple-2025");
    await dialog.getByRole("button", { name: "修改密码" }).click();
    await dialog.getByText("密码已修改").waitFor();
  });

  it("lets an administrator reset a password in a modal that says what happens and why a password is refused", async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, "admin");
    await page.goto(`${baseUrl()}/admin`);
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "wentang" }) });
    await row.getByRole("button", { name: "重置密码" }).click();
    const dialog = page.getByRole("dialog", { name: "重置“文坪镇填报员”的密码" });
    await dialog.getByText("所有设备上立即退出登录").waitFor();
    await dialog.getByLabel(/^新密码/).fill("12345678");
    await dialog.getByRole("button", { name: "重置密码" }).click();
    await dialog.getByRole("alert").getByText(/密码/).waitFor();
    expect(await dialog.getByText("密码已重置").count()).toBe(0);
    await dialog.getByLabel(/^新密码/).fill("Wenping-reset-harbor-77");
    await dialog.getByRole("button", { name: "重置密码" }).click();
    await dialog.getByText("密码已重置").waitFor();
    await page.screenshot({ path: artifact("admin-reset-password.png") });
    await dialog.getByRole("button", { name: "关闭" }).click();

    // The person must choose their own password at the next sign-in.
    await page.context().clearCookies();
    await page.goto(`${baseUrl()}/signin`);
    await page.getByLabel("用户名").fill("wentang");
    await page.getByLabel("密码").fill("Wenping-reset-harbor-77");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "请设置您自己的密码" }).waitFor();
  });
});
