import { Badge, Card, Grid, Group, ScrollArea, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../trpc.ts";
import { DocumentPreview } from "../DocumentPreview.tsx";
import { FigureBindings } from "./FigureBindings.tsx";

export type ImportPreview = RouterOutputs["import"]["preview"];
type Target = ImportPreview["units"][number]["match"]["target"];

const NONE = "__none";
const encode = (t: Target) => (t.kind === "none" ? NONE : `${t.kind}:${t.sectionKey}`);
function decode(v: string): Target {
  if (v === NONE) return { kind: "none" };
  const [kind, sectionKey] = v.split(":") as ["section" | "other", string];
  return { kind, sectionKey };
}

/**
 * The review: sections matched (with a drop-down to change each), every figure with the field it goes to (a
 * drop-down to change each; those needing a choice flagged and counted), the original beside the report as it
 * will print.
 */
export function ImportReview({
  preview,
  onChangeMatch,
  onChangeFigure,
  busy,
}: {
  preview: ImportPreview;
  onChangeMatch: (unitId: string, target: Target) => void;
  onChangeFigure: (figure: { sectionKey: string; index: number }, fieldKey: string | null) => void;
  /** A new preview is on its way: the choices wait for it. */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const s = preview.summary;
  const options = [
    ...preview.targets.map((x) => ({ value: `${x.other ? "other" : "section"}:${x.key}`, label: x.label })),
    { value: NONE, label: t("importReport.notImported") },
  ];
  return (
    <Stack gap="md" data-testid="import-review">
      <Group gap="xs">
        <Badge size="lg" variant="light">
          {t("importReport.sectionsMatched", { matched: s.sections.matched, found: s.sections.found })}
        </Badge>
        <Badge size="lg" variant="light" color="teal">
          {t("importReport.figuresBound", { bound: s.figures.bound, found: s.figures.found })}
        </Badge>
        {s.figures.ambiguous > 0 ? (
          <Badge size="lg" variant="filled" color="orange" data-testid="import-need-choice">
            {t("importBinding.needChoiceCount", { count: s.figures.ambiguous })}
          </Badge>
        ) : null}
        <Badge size="lg" variant="light" color="gray">
          {t("importReport.textPreserved", { pct: (s.textPreserved * 100).toFixed(1) })}
        </Badge>
        {busy ? (
          <Text size="xs" c="dimmed" data-testid="import-updating">
            {t("importBinding.updating")}
          </Text>
        ) : null}
      </Group>
      {preview.front.title ? (
        <Text size="sm" c="dimmed" data-testid="import-front">
          {[
            preview.front.title,
            preview.front.issuers.join("、"),
            preview.front.docNumber,
            preview.front.date,
            preview.front.addressee,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      ) : null}
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t("importReport.matching")}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} data-testid="import-matching">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("importReport.imported")}</Table.Th>
                <Table.Th>{t("importReport.goesTo")}</Table.Th>
                <Table.Th>{t("importReport.why")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.units
                .filter((u) => u.kind !== "part" || u.match.target.kind !== "none" || u.text)
                .map((u) => {
                  const name =
                    u.kind === "opening"
                      ? t("importReport.opening")
                      : `${u.numbering ?? ""}${u.heading ?? ""}`;
                  return (
                    <Table.Tr key={u.id} data-unit={u.id}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td miw={220}>
                        <Select
                          aria-label={t("importReport.targetOf", { name })}
                          data={options}
                          value={encode(u.match.target)}
                          allowDeselect={false}
                          onChange={(v) => v && onChangeMatch(u.id, decode(v))}
                          size="xs"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {u.match.reason}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <FigureBindings preview={preview} onChange={onChangeFigure} disabled={busy} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Title order={3} size="h5" mb="xs">
            {t("importReport.original")}
          </Title>
          <ScrollArea.Autosize mah={640} type="auto">
            <Text
              component="pre"
              size="sm"
              style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}
              data-testid="import-original"
            >
              {preview.original}
            </Text>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Title order={3} size="h5" mb="xs">
            {t("importReport.asPrinted")}
          </Title>
          <ScrollArea.Autosize mah={640} type="auto">
            <DocumentPreview html={preview.html} label={t("importReport.asPrinted")} />
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
