import { Alert, Anchor, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useThreads } from "../hooks/use-threads.ts";
import { sectionLabel } from "../lib/outline.ts";
import { nextOpenSection, openCounts, sectionsWithOpen } from "../lib/threads.ts";
import { useTRPC, type ReportView } from "../trpc.ts";
import { ReportStatusBadge } from "./ReportStatusBadge.tsx";

/** Above every page of a report: its status and why it is locked; submit (editor), return / approve (reviewer). */
export function WorkflowBar({ report, current = null }: { report: ReportView; current?: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reportId = report.id;
  const navigate = useNavigate();
  const threads = useThreads(reportId).threads.data ?? [];
  const counts = openCounts(threads);
  const withOpen = sectionsWithOpen(report.outline, counts);
  const next = nextOpenSection(report.outline, counts, current);
  const openThreads = threads.filter((x) => x.status === "open");
  const labels = new Map(report.outline.flatMap((p) => p.sections.map((s) => [s.key, sectionLabel(s, p)] as const)));
  const textWarnings = useQuery({ ...trpc.report.textWarnings.queryOptions({ reportId }), enabled: report.canEdit });
  const reviewWarnings = useQuery({ ...trpc.review.warnings.queryOptions({ reportId }), enabled: report.canEdit });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() });
  };
  const submit = useMutation(trpc.report.submit.mutationOptions({ onSuccess: refresh }));
  const approve = useMutation(trpc.report.approve.mutationOptions({ onSuccess: refresh }));
  const giveBack = useMutation(trpc.report.return.mutationOptions({ onSuccess: refresh }));
  const [returning, returnModal] = useDisclosure(false);
  const [showChanges, changesModal] = useDisclosure(false);
  const [reason, setReason] = useState("");
  const reviewing = report.canReview && report.status === "submitted";
  const lastReturn = threads.flatMap((x) => x.messages).filter((m) => m.kind === "return").at(-1);
  const error = submit.error ?? approve.error ?? giveBack.error;

  return (
    <Paper withBorder radius="md" p="sm" mb="md" data-testid="workflow-bar">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm">
          <ReportStatusBadge status={report.status} />
          {report.lockedReason ? (
            <Text size="sm" c="dimmed" data-testid="locked-reason">
              {report.lockedReason}
            </Text>
          ) : null}
          {report.exception ? (
            <Text size="sm" c="orange">
              {t("workflow.exception", { reason: report.exception.reason, until: report.exception.until })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          {next ? (
            <Button size="xs" variant="light" color="orange" onClick={() => void navigate(`/reports/${reportId}/${next}#review-threads`)} data-testid="next-comment">
              {t("review.next", { count: openThreads.length })}
            </Button>
          ) : null}
          {report.canEdit ? (
            <Button
              size="xs"
              loading={submit.isPending}
              onClick={() => {
                const warnings = textWarnings.data?.length ?? 0;
                const review = reviewWarnings.data ?? [];
                const lines = [
                  ...(warnings > 0 ? [t("textFigures.submitWarnings", { count: warnings })] : []),
                  ...(review.length > 0 ? [t("review.submitWarnings", { count: review.length, list: [...new Set(review.map((w) => labels.get(w.sectionKey) ?? w.sectionKey))].join("、") })] : []),
                  t("workflow.confirmSubmit"),
                ];
                const ask = lines.join("\n");
                if (window.confirm(ask)) submit.mutate({ reportId });
              }}
            >
              {t("workflow.submit")}
            </Button>
          ) : null}
          {reviewing ? (
            <>
              <Button size="xs" variant="default" onClick={changesModal.open}>
                {t("workflow.changes")}
              </Button>
              <Button size="xs" color="orange" variant="light" onClick={returnModal.open}>
                {t("workflow.return")}
              </Button>
              <Button
                size="xs"
                color="green"
                loading={approve.isPending}
                onClick={() => window.confirm(t("workflow.confirmApprove")) && approve.mutate({ reportId })}
              >
                {t("workflow.approve")}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>
      {error ? (
        <Alert mt="xs" color="red" variant="light" role="alert">
          {error.message}
        </Alert>
      ) : null}
      {report.status === "returned" && lastReturn ? (
        <Alert
          mt="xs"
          color="orange"
          variant="light"
          title={t("workflow.returnedTitle", { who: lastReturn.author ?? "—" })}
          data-testid="return-reason"
        >
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {lastReturn.body}
          </Text>
          {withOpen.length > 0 ? (
            <Text size="sm" mt={6} data-testid="sections-with-comments">
              {t("review.sectionsWithOpen")}{" "}
              {withOpen.map((s, i) => (
                <span key={s.key}>
                  {i > 0 ? "、" : ""}
                  <Anchor component={Link} to={`/reports/${reportId}/${s.key}#review-threads`} size="sm">
                    {s.label}
                  </Anchor>
                  （{s.open}）
                </span>
              ))}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      <Modal opened={returning} onClose={returnModal.close} title={t("workflow.return")}>
        <Stack>
          <div data-testid="return-open-threads">
            <Text size="sm" fw={600}>
              {t("review.openAtReturn", { count: openThreads.length })}
            </Text>
            {openThreads.length > 0 ? (
              <List size="sm" mt={4}>
                {openThreads.map((x) => (
                  <List.Item key={x.id}>
                    {x.sectionKey ? (labels.get(x.sectionKey) ?? x.sectionKey) : t("review.wholeReport")}
                    {x.fieldLabel ? ` · ${x.fieldLabel}` : ""}：{x.messages[0]?.body}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t("review.noOpenAtReturn")}
              </Text>
            )}
          </div>
          <Textarea
            label={t("workflow.returnReason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
          />
          <Button
            color="orange"
            disabled={!reason.trim()}
            loading={giveBack.isPending}
            onClick={() =>
              giveBack.mutate({ reportId, reason }, { onSuccess: () => (returnModal.close(), setReason("")) })
            }
          >
            {t("workflow.return")}
          </Button>
        </Stack>
      </Modal>
      <Modal opened={showChanges} onClose={changesModal.close} title={t("workflow.changes")} size="lg">
        {showChanges ? <Changes reportId={reportId} /> : null}
      </Modal>
    </Paper>
  );
}

function Changes({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const changes = useQuery(trpc.report.changes.queryOptions({ reportId }));
  if (!changes.data) return null;
  if (!changes.data.since) return <Text size="sm">{t("workflow.firstSubmission")}</Text>;
  if (changes.data.sections.length === 0) return <Text size="sm">{t("workflow.noChanges")}</Text>;
  return (
    <Stack gap="sm" data-testid="changes">
      {changes.data.sections.map((s) => (
        <div key={s.sectionKey}>
          <Text fw={600} size="sm">
            {s.heading}
          </Text>
          <List size="sm">
            {s.changes.map((c, i) => (
              <List.Item key={`${c.path}-${i}`}>
                {c.path}: {c.before ?? "—"} → {c.after ?? "—"}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
