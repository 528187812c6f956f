// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { narrative, orderedItems } from "../fields.ts";
import { MeasuresGroup } from "./MeasuresGroup.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("MeasuresGroup", () => {
  it("lays out the measures and the further paragraphs under 主要做法", () => {
    const { form } = mountField(
      z.object({ measures: orderedItems(), more: narrative() }),
      { measures: [], more: "" },
      (f) => <MeasuresGroup form={f} itemsPath="field.measures" morePath="field.more" />,
    );
    expect(screen.getByText("主要做法")).toBeTruthy();
    fireEvent.click(screen.getByText("添加一项"));
    expect(screen.getByText("一是")).toBeTruthy();
    expect(form().values.field.measures).toHaveLength(1);
    fireEvent.change(input("field.more"), { target: { value: "另起一段" } });
    expect(form().values.field.more).toBe("另起一段");
  });
});
