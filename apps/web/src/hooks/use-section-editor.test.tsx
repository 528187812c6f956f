// @vitest-environment jsdom
import { demoFixtures, sections } from "@nianbao/sections";
import { QueryClientProvider } from "@tanstack/react-query";
import { TRPCClientError, createTRPCClient, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { act, cleanup, render, waitFor } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadI18n } from "../i18n/index.ts";
import { TRPCProvider, createQueryClient, type AppRouter } from "../trpc.ts";
import { AUTOSAVE_DELAY_MS, useSectionEditor, type SectionEditor } from "./use-section-editor.ts";

const plugin = sections.get("legal-study")!;
const seeded = demoFixtures["legal-study"]!.jingzhupu2023 as {
  centralGroup: { frequency: string; sessions: number | null };
};
const REPORT_ID = "00000000-0000-4000-8000-000000000001";

interface SaveCall {
  baseRevision: number;
  data: { centralGroup: { sessions: number | null } };
  complete: boolean;
}

/** A fake API behind a real tRPC client: section.save answers with `respond`, every call is recorded. */
function fakeApi(respond: (call: SaveCall) => Promise<unknown>) {
  const calls: SaveCall[] = [];
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        const run = async () => {
          if (op.path !== "section.save") throw new Error(`unexpected ${op.path}`);
          const call = op.input as SaveCall;
          calls.push(call);
          return respond(call);
        };
        run().then(
          (data) => {
            observer.next({ result: { type: "data", data } });
            observer.complete();
          },
          (cause: unknown) => observer.error(TRPCClientError.from(cause as Error)),
        );
        return () => undefined;
      });
  return { client: createTRPCClient<AppRouter>({ links: [link] }), calls };
}

/** A tRPC error body as the API sends it: the client branches on data.reason (packages/api errors.ts). */
function trpcError(code: string, message: string, fieldErrors: unknown = null) {
  const reason =
    ({ CONFLICT: "conflict", BAD_REQUEST: "invalid" } as Record<string, string>)[code] ?? "internal";
  return { error: { message, code: -32000, data: { code, reason, httpStatus: 400, fieldErrors } } };
}

const ok = (revision: number) => ({
  revision,
  status: "draft",
  checks: [],
  savedAt: new Date().toISOString(),
});

let editor: SectionEditor | undefined;
const current = (): SectionEditor => editor!;

async function mount(client: ReturnType<typeof fakeApi>["client"]) {
  editor = undefined;
  function Harness() {
    editor = useSectionEditor({
      reportId: REPORT_ID,
      sectionKey: "legal-study",
      plugin,
      loaded: { data: seeded, revision: 3, status: "draft", checks: [], settings: {}, updatedAt: null },
      locale: "zh-CN",
    });
    return null;
  }
  const queryClient = createQueryClient();
  const router = createMemoryRouter([{ path: "/", element: <Harness /> }]);
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>,
  );
  await waitFor(() => expect(editor).toBeDefined());
}

const setSessions = (n: number | null) => act(() => current().form.setFieldValue("centralGroup.sessions", n));

beforeAll(async () => {
  await loadI18n("zh-CN");
});
afterEach(cleanup);

describe("useSectionEditor", () => {
  it("saves from the loaded revision, one request at a time, and is clean afterwards", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi(async (call) => {
      if (call.baseRevision === 3) await gate;
      return ok(call.baseRevision + 1);
    });
    await mount(api.client);
    await setSessions(6);
    expect(current().dirty).toBe(true);

    let first!: Promise<void>;
    act(() => {
      first = current().save();
    });
    await setSessions(7);
    await act(() => current().save()); // queued behind the first: never two saves from the same revision
    expect(api.calls).toHaveLength(1);
    release();
    await act(() => first);
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls.map((c) => [c.baseRevision, c.data.centralGroup.sessions])).toEqual([
      [3, 6],
      [4, 7],
    ]);
    await waitFor(() => expect(current().revision).toBe(5));
    expect(current().dirty).toBe(false);
    expect(current().savedAt).toBeInstanceOf(Date);
  });

  it("autosaves valid edits after the delay, and never invalid ones", async () => {
    const api = fakeApi(async (call) => ok(call.baseRevision + 1));
    await mount(api.client);
    await act(() =>
      current().form.setFieldValue("training.participation", { numerator: 200, denominator: 50 }),
    );
    expect(current().parsed.success).toBe(false);
    await new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 300));
    expect(api.calls).toHaveLength(0);

    await act(() => current().save());
    expect(api.calls).toHaveLength(0);
    expect(current().failure).toEqual({ kind: "invalid-form" });
    expect(current().form.errors["training.participation.numerator"]).toBe("分子不能大于分母");

    await act(() =>
      current().form.setFieldValue("training.participation", { numerator: 40, denominator: 50 }),
    );
    expect(current().failure).toBeNull();
    await waitFor(() => expect(api.calls).toHaveLength(1), { timeout: AUTOSAVE_DELAY_MS + 1500 });
    expect(api.calls[0]!.baseRevision).toBe(3);
  });

  it("keeps the edits on a conflict and stops saving until the user decides", async () => {
    const api = fakeApi(async () => {
      throw trpcError("CONFLICT", "本栏目已被他人更新（当前为第4版），您的修改未保存。");
    });
    await mount(api.client);
    await setSessions(8);
    await act(() => current().save());
    expect(current().conflict).toContain("第4版");
    expect(current().form.values.centralGroup.sessions).toBe(8);
    expect(current().dirty).toBe(true);

    await setSessions(9);
    await act(() => current().save());
    await new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 300));
    expect(api.calls).toHaveLength(1);
  });

  it("puts the server's field errors on the fields, without the data. prefix", async () => {
    const api = fakeApi(async () => {
      throw trpcError("BAD_REQUEST", "栏目内容未通过校验，请检查标出的字段", [
        { path: "data.centralGroup.sessions", message: "服务器：次数不对" },
        { path: "data", message: "整节有误" },
      ]);
    });
    await mount(api.client);
    await setSessions(5);
    await act(() => current().save());
    expect(current().form.errors["centralGroup.sessions"]).toBe("服务器：次数不对");
    expect(current().failure).toMatchObject({
      kind: "server",
      error: { kind: "invalid", mapping: { general: ["整节有误"] } },
    });
    expect(current().conflict).toBeNull();
  });
});
