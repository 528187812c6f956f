// @vitest-environment jsdom
import { MantineProvider } from "@mantine/core";
import { doc, fig, para, txt, type CatalogFigure, type TextDoc } from "@nianbao/text";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { initI18n } from "../i18n/index.ts";
import { zhCN } from "../i18n/zh-CN.ts";
import OwnWordsEditor from "./OwnWordsEditor.tsx";

const figure = (
  key: string,
  label: string,
  unit: string,
  value: string | null,
  n: number | null,
): CatalogFigure => ({
  key,
  label: { "zh-CN": label, en: label },
  unit,
  kind: "count",
  value,
  number: n,
  qualifier: "",
  numerator: null,
  denominator: null,
  required: false,
});

const mediated = figure("metric:disputesMediated", "调处矛盾纠纷", "起", "37起", 37);
const screened = figure("metric:disputesScreened", "排查矛盾纠纷", "起", null, null);

beforeAll(() => {
  initI18n("zh-CN", zhCN);
  // jsdom lacks what Mantine and ProseMirror measure with.
  window.matchMedia ??= (() => ({
    matches: false,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
  })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  document.elementFromPoint ??= () => null;
  Range.prototype.getClientRects ??= () => [] as never;
  Range.prototype.getBoundingClientRect ??= () =>
    ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }) as never;
});
afterEach(cleanup);

function mount(initial: TextDoc, catalog: CatalogFigure[]) {
  const changes: TextDoc[] = [];
  const ui = (c: CatalogFigure[]) => (
    <MantineProvider>
      <OwnWordsEditor
        initial={initial}
        catalog={c}
        locale="zh-CN"
        onChange={(d) => changes.push(d)}
        editable
        checks={[]}
      />
    </MantineProvider>
  );
  const r = render(ui(catalog));
  return { changes, rerender: (c: CatalogFigure[]) => r.rerender(ui(c)) };
}

describe("the own-words editor", () => {
  it("lists a typed figure, binds it in one click, and the token follows the form's values", () => {
    const { changes, rerender } = mount(
      doc(para(txt("全年共调处矛盾纠纷"), fig(mediated.key), txt("，排查矛盾纠纷52起。"))),
      [mediated, screened],
    );
    const editor = screen.getByTestId("own-words-editor");
    const token = () => editor.querySelector<HTMLElement>('[data-figure="metric:disputesMediated"]')!;
    expect(token().textContent).toBe("37起");

    // The plain figure is highlighted in the text and offered for binding to 排查矛盾纠纷.
    expect(editor.querySelector("[data-plain-figure]")?.textContent).toBe("52起");
    const unbound = screen.getByTestId("unbound-figures");
    const bind = within(unbound).getByRole("button", { name: "将“52起”绑定到“排查矛盾纠纷”" });
    fireEvent.click(bind);
    const last = changes.at(-1)!;
    expect(last.content[0]).toEqual(
      para(txt("全年共调处矛盾纠纷"), fig(mediated.key), txt("，排查矛盾纠纷"), fig(screened.key), txt("。")),
    );
    const bound = editor.querySelector<HTMLElement>('[data-figure="metric:disputesScreened"]')!;
    expect(bound.dataset.state).toBe("empty");
    expect(bound.textContent).toBe("【排查矛盾纠纷】");
    expect(screen.queryByTestId("unbound-figures")).toBeNull();

    // The form changes: both tokens follow, without any edit of the text.
    const count = changes.length;
    act(() =>
      rerender([
        { ...mediated, value: "40余起", number: 40 },
        { ...screened, value: "52起", number: 52 },
      ]),
    );
    expect(token().textContent).toBe("40余起");
    expect(bound.textContent).toBe("52起");
    expect(bound.dataset.state).toBe("bound");
    expect(changes.length).toBe(count);
    expect(within(screen.getByTestId("bound-figures")).getByText("52起")).toBeTruthy();
  });

  it("inserts a figure from 插入数字 by its label", async () => {
    const { changes } = mount(doc(para(txt("排查"))), [mediated, screened]);
    fireEvent.click(screen.getByRole("button", { name: "插入数字" }));
    const item = await screen.findByRole("menuitem", { name: /调处矛盾纠纷/ });
    expect(item.textContent).toContain("37起");
    fireEvent.click(item);
    expect(JSON.stringify(changes.at(-1))).toContain('"key":"metric:disputesMediated"');
  });
});
