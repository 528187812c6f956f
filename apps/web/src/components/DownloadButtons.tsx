import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DOWNLOAD_FORMATS, downloadUrl, printViewPath } from "../lib/downloads.ts";

/** 下载 DOCX · PDF · Markdown · HTML, and the print view: the report as stored (unsaved edits are not in it). */
export function DownloadButtons({ reportId, printView = true }: { reportId: string; printView?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" data-testid="downloads">
      <Text size="xs" c="dimmed">
        {t("download.label")}
      </Text>
      {DOWNLOAD_FORMATS.map((f) => (
        <Button
          key={f}
          component="a"
          href={downloadUrl(reportId, f)}
          download
          size="compact-xs"
          variant="light"
          title={t("download.hint")}
        >
          {t(`download.${f}`)}
        </Button>
      ))}
      {printView ? (
        <Button component={Link} to={printViewPath(reportId)} size="compact-xs" variant="default">
          {t("download.printView")}
        </Button>
      ) : null}
    </Group>
  );
}
