// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { emptyRank, rank } from "../figures.ts";
import { RankField } from "./RankField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("RankField", () => {
  it("edits scope, position and total and refuses a position past the total", () => {
    const { form } = mountField(rank(), emptyRank(), (f) => (
      <RankField form={f} path="field" label="考核排名" units="个乡镇" />
    ));
    fireEvent.change(input("field.scope"), { target: { value: "全市法治建设年度考核" } });
    fireEvent.change(input("field.position"), { target: { value: "3" } });
    fireEvent.change(input("field.of"), { target: { value: "18" } });
    expect(screen.getByTestId("field-rank").textContent).toBe(
      "在全市法治建设年度考核中排名第3（共18个乡镇）",
    );
    fireEvent.change(input("field.position"), { target: { value: "19" } });
    act(() => void form().validate());
    expect(form().errors["field.position"]).toBe("名次不能大于参评单位数");
  });
});
