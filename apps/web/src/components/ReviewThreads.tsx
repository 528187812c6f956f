import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useThreads } from "../hooks/use-threads.ts";
import { formFields } from "../lib/threads.ts";
import type { RouterOutputs } from "../trpc.ts";

type Thread = RouterOutputs["review"]["threads"][number];

/**
 * The review threads of one section (or, with sectionKey null, of the whole report): open ones first, each
 * with its field (a click focuses it), its messages, a reply box and resolve / reopen; resolved threads stay,
 * folded. Reviewers open new threads, on the section or on one of its fields.
 */
export function ReviewThreads({
  reportId,
  sectionKey,
  canComment,
  canResolve,
  canDiscuss,
  formRoot,
  onFocusField,
}: {
  reportId: string;
  sectionKey: string | null;
  /** May open new threads (a reviewer, on a submitted report). */
  canComment: boolean;
  /** May resolve and reopen (a reviewer). */
  canResolve: boolean;
  /** May reply (a reviewer or one of the township's editors). */
  canDiscuss: boolean;
  /** The section's form, for the fields a comment may point at. */
  formRoot?: () => HTMLElement | null;
  onFocusField?: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { threads, start } = useThreads(reportId);
  const mine = (threads.data ?? []).filter((x) => x.sectionKey === sectionKey);
  const open = mine.filter((x) => x.status === "open");
  const resolved = mine.filter((x) => x.status === "resolved");
  const [showResolved, resolvedToggle] = useDisclosure(false);
  const [body, setBody] = useState("");
  const [field, setField] = useState<string | null>(null);
  const [fields, setFields] = useState<Array<{ path: string; label: string }>>([]);
  if (mine.length === 0 && !canComment) return null;
  const fieldLabel = fields.find((f) => f.path === field)?.label ?? null;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="var(--mantine-color-blue-0)"
      data-testid="review-threads"
      id={sectionKey ? "review-threads" : "report-threads"}
    >
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>
          {t("review.comments")}
        </Text>
        {open.length > 0 ? (
          <Badge color="orange" variant="light" data-testid="open-thread-count">
            {t("review.openCount", { count: open.length })}
          </Badge>
        ) : null}
      </Group>
      <Stack gap="sm">
        {open.map((x) => (
          <ThreadCard
            key={x.id}
            reportId={reportId}
            thread={x}
            canResolve={canResolve}
            canDiscuss={canDiscuss}
            onFocusField={onFocusField}
          />
        ))}
        {resolved.length > 0 ? (
          <div>
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={resolvedToggle.toggle}
              aria-expanded={showResolved}
              data-testid="show-resolved"
            >
              {t(showResolved ? "review.hideResolved" : "review.showResolved", { count: resolved.length })}
            </Button>
            <Collapse expanded={showResolved}>
              <Stack gap="sm" mt="xs">
                {resolved.map((x) => (
                  <ThreadCard
                    key={x.id}
                    reportId={reportId}
                    thread={x}
                    canResolve={canResolve}
                    canDiscuss={canDiscuss}
                    onFocusField={onFocusField}
                  />
                ))}
              </Stack>
            </Collapse>
          </div>
        ) : null}
        {canComment ? (
          <Stack gap={6} data-testid="new-thread">
            {sectionKey && formRoot ? (
              <Select
                size="xs"
                label={t("review.aboutField")}
                placeholder={t("review.wholeSection")}
                data={fields.map((f) => ({ value: f.path, label: f.label }))}
                value={field}
                onChange={setField}
                onDropdownOpen={() => setFields(formFields(formRoot()))}
                onFocus={() => setFields(formFields(formRoot()))}
                clearable
                searchable
                nothingFoundMessage={t("review.noFields")}
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
            <Textarea
              aria-label={t("review.addComment")}
              placeholder={sectionKey ? t("review.commentPlaceholder") : t("review.reportCommentPlaceholder")}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            {start.error ? (
              <Alert color="red" variant="light" role="alert">
                {start.error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button
                size="xs"
                disabled={!body.trim()}
                loading={start.isPending}
                onClick={() =>
                  start.mutate(
                    { reportId, sectionKey, fieldPath: field, fieldLabel, body },
                    { onSuccess: () => (setBody(""), setField(null)) },
                  )
                }
              >
                {t("review.addComment")}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function ThreadCard({
  reportId,
  thread,
  canResolve,
  canDiscuss,
  onFocusField,
}: {
  reportId: string;
  thread: Thread;
  canResolve: boolean;
  canDiscuss: boolean;
  onFocusField?: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const { reply, resolve, reopen } = useThreads(reportId);
  const [body, setBody] = useState("");
  const isOpen = thread.status === "open";
  const error = reply.error ?? resolve.error ?? reopen.error;
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="thread"
      data-status={thread.status}
      data-thread={thread.id}
      opacity={isOpen ? 1 : 0.8}
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
        <Group gap={6}>
          <Badge size="sm" variant="light" color={isOpen ? "orange" : "gray"}>
            {isOpen ? t("review.open") : t("review.resolved")}
          </Badge>
          {thread.fieldLabel ? (
            thread.fieldPath && onFocusField ? (
              <UnstyledButton
                onClick={() => onFocusField(thread.fieldPath!)}
                title={t("section.focusField")}
                data-testid="thread-field"
              >
                <Badge size="sm" variant="outline" style={{ cursor: "pointer" }}>
                  {t("review.field", { label: thread.fieldLabel })}
                </Badge>
              </UnstyledButton>
            ) : (
              <Badge size="sm" variant="outline" data-testid="thread-field">
                {t("review.field", { label: thread.fieldLabel })}
              </Badge>
            )
          ) : null}
        </Group>
        {canResolve ? (
          <Button
            size="compact-xs"
            variant={isOpen ? "light" : "subtle"}
            color={isOpen ? "green" : "gray"}
            loading={resolve.isPending || reopen.isPending}
            onClick={() => (isOpen ? resolve : reopen).mutate({ reportId, threadId: thread.id })}
          >
            {isOpen ? t("review.resolve") : t("review.reopen")}
          </Button>
        ) : null}
      </Group>
      <Stack gap={4}>
        {thread.messages.map((m) => (
          <div key={m.id}>
            <Text size="xs" c="dimmed">
              {m.author ?? "—"} · {new Date(m.createdAt).toLocaleString(locale)}
              {m.kind === "return"
                ? ` · ${t("review.returnReason")}`
                : m.kind === "approve"
                  ? ` · ${t("review.approval")}`
                  : ""}
            </Text>
            {/* Plain text: React escapes it; line breaks are kept. */}
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {m.body}
            </Text>
          </div>
        ))}
        {!isOpen && thread.resolvedAt ? (
          <Text size="xs" c="dimmed">
            {t("review.resolvedBy", {
              who: thread.resolvedBy ?? "—",
              when: new Date(thread.resolvedAt).toLocaleString(locale),
            })}
          </Text>
        ) : null}
      </Stack>
      {isOpen && canDiscuss ? (
        <Group align="flex-end" gap="xs" mt={6} wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            size="xs"
            aria-label={t("review.reply")}
            placeholder={t("review.replyPlaceholder")}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={1}
            maxLength={2000}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!body.trim()}
            loading={reply.isPending}
            onClick={() =>
              reply.mutate({ reportId, threadId: thread.id, body }, { onSuccess: () => setBody("") })
            }
          >
            {t("review.reply")}
          </Button>
        </Group>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert" mt={4}>
          {error.message}
        </Text>
      ) : null}
    </Paper>
  );
}
