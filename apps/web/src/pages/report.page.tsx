import { AppShell, Center, Container } from "@mantine/core";
import { useDisclosure, useLocalStorage } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { NotFoundState, isNotFound } from "../components/NotFoundState.tsx";
import { PreviewPanel } from "../components/PreviewPanel.tsx";
import { ReportHeader } from "../components/ReportHeader.tsx";
import { ReportOutline } from "../components/ReportOutline.tsx";
import { ReportOverview } from "../components/ReportOverview.tsx";
import { SectionEditor } from "../components/SectionEditor.tsx";
import { WorkflowBar } from "../components/WorkflowBar.tsx";
import type { LivePreviewState } from "../components/SectionWorkspace.tsx";
import { useTRPC } from "../trpc.ts";

/** /reports/:reportId/:sectionKey? — outline on the left, the section's form, the preview on the right. */
export function ReportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { reportId = "", sectionKey = null } = useParams();
  const report = useQuery(trpc.report.byId.queryOptions({ reportId }));
  const [navOpen, nav] = useDisclosure(false);
  const [previewOpen, setPreviewOpen] = useLocalStorage({ key: "nianbao.preview", defaultValue: true });
  const [live, setLive] = useState<LivePreviewState | null>(null);
  const onLiveChange = useCallback((l: LivePreviewState) => setLive(l), []);

  const found = report.data?.outline
    .flatMap((part) => part.sections.map((section) => ({ part, section })))
    .find((x) => x.section.key === sectionKey);

  let main;
  if (report.isPending) main = <LoadingState minHeight="60vh" />;
  else if (report.error && isNotFound(report.error))
    main = (
      <Container size="sm" mt="xl">
        <NotFoundState title={t("report.notFound")} description={t("report.notFoundDescription")} />
      </Container>
    );
  else if (report.error)
    main = (
      <Container size="sm" mt="xl">
        <ErrorState
          title={t("report.loadFailed")}
          error={report.error}
          onRetry={() => void report.refetch()}
        />
      </Container>
    );
  else if (!sectionKey) main = <ReportOverview report={report.data} />;
  else if (!found)
    main = (
      <Container size="sm" mt="xl">
        <NotFoundState
          title={t("section.notFound", { key: sectionKey })}
          description={t("section.notFoundDescription")}
        />
      </Container>
    );
  else
    main = (
      <SectionEditor
        key={`${reportId}/${found.section.key}`}
        reportId={reportId}
        part={found.part}
        section={found.section}
        onLiveChange={onLiveChange}
        editable={report.data.canEdit}
        canComment={report.data.canReview && report.data.status === "submitted"}
        canResolve={report.data.canReview}
        canDiscuss={report.data.canDiscuss}
      />
    );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: { sm: 270, lg: 300, xl: 330 }, breakpoint: "sm", collapsed: { mobile: !navOpen } }}
      aside={{
        width: { md: 360, lg: 440, xl: 540 },
        breakpoint: "md",
        collapsed: { desktop: !previewOpen, mobile: true },
      }}
      padding="md"
    >
      {report.data ? (
        <title>{`${report.data.org.name} ${t("report.year", { year: report.data.year.year })} · ${t("app.name")}`}</title>
      ) : null}
      <AppShell.Header>
        <ReportHeader
          report={report.data}
          navOpen={navOpen}
          onToggleNav={nav.toggle}
          previewOpen={previewOpen}
          onTogglePreview={() => setPreviewOpen((v) => !v)}
        />
      </AppShell.Header>
      <AppShell.Navbar>
        {report.data ? (
          <ReportOutline report={report.data} current={sectionKey} onNavigate={nav.close} />
        ) : (
          <Center p="md" />
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main-content">
        {report.data ? <WorkflowBar report={report.data} current={sectionKey} /> : null}
        {main}
      </AppShell.Main>
      <AppShell.Aside style={{ overflowY: "auto" }}>
        {report.data ? (
          <PreviewPanel reportId={reportId} sectionKey={found ? found.section.key : null} live={live} />
        ) : null}
      </AppShell.Aside>
    </AppShell>
  );
}
