import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A report year's status (draft, published, closed) and its template revision. */
export function YearStatusBadge({ status, revision }: { status: string; revision: number }) {
  const { t } = useTranslation();
  if (status === "draft")
    return (
      <Badge color="gray" variant="light">
        {t("admin.statusDraft")}
      </Badge>
    );
  return (
    <Badge color={status === "published" ? "green" : "dark"} variant="light">
      {status === "published" ? t("admin.statusPublished") : t("admin.statusClosed")} ·{" "}
      {t("admin.revisionN", { revision })}
    </Badge>
  );
}
