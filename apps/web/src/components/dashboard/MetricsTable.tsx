import { Anchor, Table, Text, Tooltip } from "@mantine/core";
import { t as text } from "@nianbao/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAppLocale } from "../../hooks/use-app-locale.ts";
import {
  cellKey,
  cellText,
  type MetricCellView,
  type MetricColumnView,
  type MetricsTableView,
} from "../../lib/dashboard.ts";

function Cell({ cell, column }: { cell: MetricCellView | undefined; column: MetricColumnView }) {
  const { locale } = useAppLocale();
  const value = cellText(cell, column.aggregate, locale);
  const rate =
    column.aggregate === "rate" && cell && cell.denominator !== null
      ? `${cell.numerator} / ${cell.denominator}`
      : null;
  const content = (
    <Text size="sm" span c={cell?.miss ? "red.9" : undefined} fw={cell?.miss ? 700 : undefined}>
      {value}
    </Text>
  );
  return (
    <Table.Td ta="right" bg={cell?.miss ? "red.0" : undefined} data-miss={cell?.miss ? "true" : undefined}>
      {rate ? <Tooltip label={rate}>{content}</Tooltip> : content}
    </Table.Td>
  );
}

/** Townships (or counties) as rows, metrics as columns grouped by section, the total and the year's targets. */
export function MetricsTable({ data }: { data: MetricsTableView }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const columns = data.groups.flatMap((g) => g.metrics);
  return (
    <Table.ScrollContainer
      minWidth={400}
      maxHeight={560}
      scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
    >
      <Table
        withTableBorder
        withColumnBorders
        striped
        highlightOnHover
        stickyHeader
        aria-label={t("dashboard.metrics")}
        fz="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} style={{ position: "sticky", left: 0, background: "white", zIndex: 2 }}>
              {t("dashboard.org")}
            </Table.Th>
            {data.groups.map((g) => (
              <Table.Th
                key={g.pluginId}
                colSpan={g.metrics.length}
                ta="center"
                style={{ whiteSpace: "nowrap" }}
              >
                {g.heading}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={cellKey(c)} ta="right" style={{ whiteSpace: "nowrap" }}>
                {text(c.label, locale)}
                <Text span size="xs" c="dimmed">
                  （{c.unit}）
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => {
            const township = r.org.kind === "township" || r.org.kind === "street";
            return (
              <Table.Tr key={r.org.id}>
                <Table.Th style={{ position: "sticky", left: 0, background: "white", whiteSpace: "nowrap" }}>
                  <Anchor
                    component={Link}
                    to={
                      township
                        ? `/dashboard/townships/${r.org.id}?year=${data.year}`
                        : `/dashboard?region=${r.org.id}&year=${data.year}`
                    }
                  >
                    {r.org.name}
                  </Anchor>
                </Table.Th>
                {columns.map((c) => (
                  <Cell key={cellKey(c)} cell={r.cells[cellKey(c)]} column={c} />
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th style={{ position: "sticky", left: 0, background: "white" }}>
              {t("dashboard.total")}
            </Table.Th>
            {columns.map((c) => (
              <Cell key={cellKey(c)} cell={data.total[cellKey(c)]} column={c} />
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th style={{ position: "sticky", left: 0, background: "white" }}>
              {t("dashboard.target")}
            </Table.Th>
            {columns.map((c) => (
              <Table.Td key={cellKey(c)} ta="right" c="dimmed">
                {c.target === null ? "" : c.aggregate === "rate" ? `≥${c.target}%` : `≥${c.target}`}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
