/**
 * The form kit: every plugin builds its form from these fields, so every section looks and behaves the
 * same and the domain's number rules (qualifiers, rates, stated percentages, money, 0/0 → 无) are solved once.
 *
 * The core owns the form state (`useSectionForm`: @mantine/form validated by the plugin's zod schema);
 * a plugin's form component receives it as `form` and lays out fields by dot path. One module per field.
 */
export {
  useSectionForm,
  getAt,
  type SectionForm,
  type SectionFormProps,
  type FieldProps,
} from "./form-state.ts";
export { SectionActionsProvider, useSectionActions, fileToUpload, type SectionActions } from "./actions.ts";
export { ConfirmProvider, useConfirm, type Confirm, type ConfirmRequest } from "./confirm.ts";
export { LocaleProvider, useLocale, useT } from "./locale.tsx";
export { FieldGroup } from "./FieldGroup.tsx";
export { CountField } from "./CountField.tsx";
export { QuantityField } from "./QuantityField.tsx";
export { QualifiedCountField } from "./QualifiedCountField.tsx";
export { RateField } from "./RateField.tsx";
export { StatedRateField } from "./StatedRateField.tsx";
export { StatedPercentField } from "./StatedPercentField.tsx";
export { MoneyField } from "./MoneyField.tsx";
export { AsOfField } from "./AsOfField.tsx";
export { RankField } from "./RankField.tsx";
export { ChecklistField } from "./ChecklistField.tsx";
export { NarrativeField } from "./NarrativeField.tsx";
export { OrderedItemsField } from "./OrderedItemsField.tsx";
export { MeasuresGroup } from "./MeasuresGroup.tsx";
export { RowsField, type RowColumn } from "./RowsField.tsx";
export { TextField } from "./TextField.tsx";
export { ChoiceField } from "./ChoiceField.tsx";
export { YesNoField } from "./YesNoField.tsx";
export { FieldCatalogProvider, useFieldEntry } from "./field-catalog.tsx";
export { collectFields } from "./collect-fields.tsx";
