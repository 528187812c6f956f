// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { focusField } from "./focus-field.ts";

describe("focusField", () => {
  it("focuses the input marked with the path, or the one inside the nearest enclosing path", () => {
    document.body.innerHTML = `
      <form>
        <input data-path="centralGroup.sessions" id="sessions" />
        <div data-path="training.participation"><input id="numerator" /></div>
        <input data-path='odd"path' id="odd" />
      </form>`;
    expect(focusField(document, "centralGroup.sessions")).toBe(true);
    expect(document.activeElement?.id).toBe("sessions");
    expect(focusField(document, "training.participation.numerator")).toBe(true);
    expect(document.activeElement?.id).toBe("numerator");
    expect(focusField(document, 'odd"path')).toBe(true);
    expect(document.activeElement?.id).toBe("odd");
    expect(focusField(document, "exam.pass")).toBe(false);
  });
});
