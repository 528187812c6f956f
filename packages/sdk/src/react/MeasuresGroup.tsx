import type { LocalizedText } from "../text.ts";
import { FieldGroup } from "./FieldGroup.tsx";
import type { SectionForm } from "./form-state.ts";
import { NarrativeField } from "./NarrativeField.tsx";
import { OrderedItemsField } from "./OrderedItemsField.tsx";

const TEXT = {
  title: { "zh-CN": "主要做法", en: "Measures" },
  items: { "zh-CN": "主要做法（一是…二是…）", en: "Measures (一是…二是…)" },
  more: { "zh-CN": "其他内容（每行一段）", en: "Further paragraphs (one per line)" },
} satisfies Record<string, LocalizedText>;

/**
 * The "主要做法" group many sections end with: the measures as ordered items (一是…二是…, data:
 * `orderedItems()` at `itemsPath`) and further paragraphs (data: `narrative()` at `morePath`). Rendered by
 * the SDK's `leadInItems`.
 */
export function MeasuresGroup({
  form,
  readOnly,
  itemsPath = "measures",
  morePath = "more",
  title = TEXT.title,
  itemsLabel = TEXT.items,
  moreLabel = TEXT.more,
}: {
  form: SectionForm;
  readOnly?: boolean;
  itemsPath?: string;
  morePath?: string;
  title?: LocalizedText;
  itemsLabel?: LocalizedText;
  moreLabel?: LocalizedText;
}) {
  return (
    <FieldGroup title={title}>
      <OrderedItemsField form={form} readOnly={readOnly} path={itemsPath} label={itemsLabel} />
      <NarrativeField form={form} readOnly={readOnly} path={morePath} label={moreLabel} />
    </FieldGroup>
  );
}
