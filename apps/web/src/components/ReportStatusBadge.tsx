import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, string> = {
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  approved: "green",
};

/** 填报中 / 已提交 / 已退回 / 已通过. */
export function ReportStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as "draft" | "submitted" | "returned" | "approved") : "draft";
  return (
    <Badge color={COLORS[known]} variant="light" radius="sm" data-testid="report-status">
      {t(`reportStatus.${known}`)}
    </Badge>
  );
}
