import { Alert, Anchor, Box, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useThreads } from "../hooks/use-threads.ts";
import { sectionLabel } from "../lib/outline.ts";
import { nextOpenSection, openCounts, sectionsWithOpen } from "../lib/threads.ts";
import { useReadableChanges } from "../hooks/use-readable-changes.ts";
import { confirmAction, notifyDone } from "../lib/confirm.tsx";
import { useTRPC, type ReportView, type RouterOutputs } from "../trpc.ts";
import { ChangesTable } from "./ChangesTable.tsx";
import { ImportedBadge } from "./ImportedBadge.tsx";
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
  const labels = new Map(
    report.outline.flatMap((p) => p.sections.map((s) => [s.key, sectionLabel(s, p)] as const)),
  );
  const textWarnings = useQuery({
    ...trpc.report.textWarnings.queryOptions({ reportId }),
    enabled: report.canEdit,
  });
  const reviewWarnings = useQuery({
    ...trpc.review.warnings.queryOptions({ reportId }),
    enabled: report.canEdit,
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() });
  };
  const org = report.org.name;
  const submit = useMutation(
    trpc.report.submit.mutationOptions({ onSuccess: () => (refresh(), notifyDone(t("confirm.submitted"))) }),
  );
  const approve = useMutation(
    trpc.report.approve.mutationOptions({ onSuccess: () => (refresh(), notifyDone(t("confirm.approved"))) }),
  );
  const giveBack = useMutation(
    trpc.report.return.mutationOptions({
      onSuccess: () => (refresh(), notifyDone(t("confirm.returned", { org }))),
    }),
  );
  const reopen = useMutation(
    trpc.report.reopen.mutationOptions({ onSuccess: () => (refresh(), notifyDone(t("confirm.reopened"))) }),
  );
  const [returning, returnModal] = useDisclosure(false);
  const [reopening, reopenModal] = useDisclosure(false);
  const [showChanges, changesModal] = useDisclosure(false);
  const reviewing = report.canReview && report.status === "submitted";
  const lastReturn = threads
    .flatMap((x) => x.messages)
    .filter((m) => m.kind === "return")
    .at(-1);
  const error = submit.error ?? approve.error ?? giveBack.error ?? reopen.error;

  const onSubmit = async () => {
    const warnings = textWarnings.data?.length ?? 0;
    const review = reviewWarnings.data ?? [];
    const sectionsWarned = [...new Set(review.map((w) => labels.get(w.sectionKey) ?? w.sectionKey))].join(
      "、",
    );
    const lead = [
      ...(warnings > 0 ? [t("textFigures.submitWarnings", { count: warnings })] : []),
      ...(review.length > 0
        ? [t("review.submitWarnings", { count: review.length, list: sectionsWarned })]
        : []),
    ].join(" ");
    const ok = await confirmAction({
      title: t("confirm.submitTitle"),
      lead: lead || undefined,
      consequences: [
        t("confirm.submitWho", { region: report.org.parentName ?? "" }),
        t("confirm.submitLocked", { org }),
      ],
      confirmLabel: t("confirm.submitConfirm"),
      testId: "confirm-submit",
    });
    if (ok) submit.mutate({ reportId });
  };
  const onApprove = async () => {
    const ok = await confirmAction({
      title: t("confirm.approveTitle"),
      consequences: [t("confirm.approveLocked", { org }), t("confirm.approveWho", { org })],
      confirmLabel: t("confirm.approveConfirm"),
      testId: "confirm-approve",
    });
    if (ok) approve.mutate({ reportId });
  };

  return (
    <Paper withBorder radius="md" p="sm" mb="md" data-testid="workflow-bar">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm">
          <ReportStatusBadge status={report.status} />
          {/* On a phone the header has no room: the 导入 mark stands beside the status here. */}
          <Box hiddenFrom="xs">
            <ImportedBadge imported={report.imported} />
          </Box>
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
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={() => void navigate(`/reports/${reportId}/${next}#review-threads`)}
              data-testid="next-comment"
            >
              {t("review.next", { count: openThreads.length })}
            </Button>
          ) : null}
          {report.canEdit ? (
            <Button size="xs" loading={submit.isPending} onClick={() => void onSubmit()}>
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
              <Button size="xs" color="green" loading={approve.isPending} onClick={() => void onApprove()}>
                {t("workflow.approve")}
              </Button>
            </>
          ) : null}
          {report.canAdminister && report.status === "approved" ? (
            <Button size="xs" color="orange" variant="light" onClick={reopenModal.open}>
              {t("confirm.reopen")}
            </Button>
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
      <ReasonModal
        opened={returning}
        onClose={returnModal.close}
        title={t("workflow.return")}
        what={t("confirm.returnWho", { org })}
        label={t("workflow.returnReason")}
        loading={giveBack.isPending}
        onConfirm={(reason, done) => giveBack.mutate({ reportId, reason }, { onSuccess: done })}
      >
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
      </ReasonModal>
      <ReasonModal
        opened={reopening}
        onClose={reopenModal.close}
        title={t("confirm.reopen")}
        what={t("confirm.reopenWho", { org })}
        label={t("confirm.reopenReason")}
        loading={reopen.isPending}
        onConfirm={(reason, done) => reopen.mutate({ reportId, reason }, { onSuccess: done })}
      />
      <Modal opened={showChanges} onClose={changesModal.close} title={t("workflow.changes")} size="lg">
        {showChanges ? <Changes reportId={reportId} /> : null}
      </Modal>
    </Paper>
  );
}

type ChangedSection = NonNullable<RouterOutputs["report"]["changes"]>["sections"][number];

/** One section's changes since the submission, by label, values as printed. */
function SectionChanges({ s }: { s: ChangedSection }) {
  const changes = useReadableChanges(s.pluginId, s.before, s.after, s.textChanges);
  return <ChangesTable changes={changes} />;
}

/** Return or reopen: what will happen, and the reason the township will read. */
function ReasonModal({
  opened,
  onClose,
  title,
  what,
  label,
  loading,
  onConfirm,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  what: string;
  label: string;
  loading: boolean;
  onConfirm: (reason: string, done: () => void) => void;
  /** Shown above the reason (the return lists the threads still open). */
  children?: ReactNode;
}) {
  const [reason, setReason] = useState("");
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{what}</Text>
        {children}
        <Textarea
          label={label}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
        />
        <Button
          color="orange"
          disabled={!reason.trim()}
          loading={loading}
          onClick={() => onConfirm(reason, () => (onClose(), setReason("")))}
        >
          {title}
        </Button>
      </Stack>
    </Modal>
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
          <SectionChanges s={s} />
        </div>
      ))}
    </Stack>
  );
}
