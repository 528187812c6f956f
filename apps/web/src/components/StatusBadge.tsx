import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SectionStatus } from "../lib/status.ts";

const COLORS: Record<SectionStatus, string> = {
  empty: "gray",
  draft: "yellow",
  complete: "green",
  not_applicable: "grape",
};

/** 未填写 / 填写中 / 已完成 / 本年度不适用, or 插件待安装 when the section's plugin is not installed. */
export function StatusBadge({
  status,
  pluginMissing = false,
}: {
  status: SectionStatus;
  pluginMissing?: boolean;
}) {
  const { t } = useTranslation();
  if (pluginMissing) {
    return (
      <Badge size="sm" variant="outline" color="gray" radius="sm">
        {t("status.noPlugin")}
      </Badge>
    );
  }
  return (
    <Badge size="sm" variant={status === "complete" ? "filled" : "light"} color={COLORS[status]} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
