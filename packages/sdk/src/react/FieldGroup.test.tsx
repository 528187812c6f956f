// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FieldGroup } from "./FieldGroup.tsx";
import { mountField } from "./test-harness.tsx";

describe("FieldGroup", () => {
  it("titles its fields", () => {
    mountField(z.string(), "", () => <FieldGroup title="村法律顾问">内容</FieldGroup>);
    expect(screen.getByText("村法律顾问")).toBeTruthy();
    expect(screen.getByText("内容")).toBeTruthy();
  });
});
