import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useTRPC } from "../trpc.ts";

/** The reviewer's comments on one section (or, with sectionKey null, on the whole report); reviewers add more. */
export function SectionComments({
  reportId,
  sectionKey,
  canComment,
}: {
  reportId: string;
  sectionKey: string | null;
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const comments = useQuery(trpc.report.comments.queryOptions({ reportId }));
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.report.comment.mutationOptions({
      onSuccess: () => {
        setBody("");
        void queryClient.invalidateQueries({ queryKey: trpc.report.comments.queryKey({ reportId }) });
      },
    }),
  );
  const mine = comments.data?.filter((c) => c.sectionKey === sectionKey) ?? [];
  if (mine.length === 0 && !canComment) return null;
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-blue-0)" data-testid="section-comments">
      <Text size="sm" fw={600} mb={4}>
        {t("review.comments")}
      </Text>
      <Stack gap={6}>
        {mine.map((c) => (
          <div key={c.id}>
            <Text size="xs" c="dimmed">
              {c.author ?? "—"} · {new Date(c.createdAt).toLocaleString(locale)}{" "}
              {c.kind === "return" ? `· ${t("review.returnReason")}` : ""}
            </Text>
            {/* Plain text: React escapes it; line breaks are kept. */}
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {c.body}
            </Text>
          </div>
        ))}
        {canComment ? (
          <Group align="flex-end" gap="xs">
            <Textarea
              style={{ flex: 1 }}
              aria-label={t("review.addComment")}
              placeholder={t("review.commentPlaceholder")}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={2000}
            />
            <Button
              size="xs"
              disabled={!body.trim()}
              loading={add.isPending}
              onClick={() => add.mutate({ reportId, sectionKey, body })}
            >
              {t("review.addComment")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
