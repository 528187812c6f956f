import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC, type ReportView } from "../trpc.ts";

/** After approval (administrators): the secrecy review (保密审查) — who, when, passages withheld — then publish. */
export function PublicationPanel({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const p = report.publication;
  const [reviewer, setReviewer] = useState(p.secrecyReview?.reviewer ?? "");
  const [reviewedOn, setReviewedOn] = useState(p.secrecyReview?.reviewedOn ?? "");
  const [withheld, setWithheld] = useState((p.secrecyReview?.withheld ?? []).join("\n"));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
  const review = useMutation(trpc.publication.review.mutationOptions({ onSuccess: refresh }));
  const publish = useMutation(trpc.publication.publish.mutationOptions({ onSuccess: refresh }));
  const unpublish = useMutation(trpc.publication.unpublish.mutationOptions({ onSuccess: refresh }));
  if (!report.canAdminister || report.status !== "approved") return null;
  const error = review.error ?? publish.error ?? unpublish.error;
  const published = p.publishedAt !== null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="publication-panel">
      <Title order={3} size="h5" mb="xs">
        {t("publication.title")}
      </Title>
      <Stack gap="xs">
        {published ? (
          <Alert color="green" variant="light" data-testid="published">
            {t("publication.publishedAt", { at: new Date(p.publishedAt!).toLocaleString("zh-CN") })}{" "}
            <Anchor href={`/public`} target="_blank">
              {t("publication.openPublic")}
            </Anchor>
          </Alert>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              review.mutate({
                reportId: report.id,
                reviewer,
                reviewedOn,
                withheld: withheld
                  .split("\n")
                  .map((l) => l.trim())
                  .filter(Boolean),
              });
            }}
          >
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t("publication.reviewer")}
                  value={reviewer}
                  onChange={(e) => setReviewer(e.currentTarget.value)}
                />
                <TextInput
                  type="date"
                  label={t("publication.reviewedOn")}
                  value={reviewedOn}
                  onChange={(e) => setReviewedOn(e.currentTarget.value)}
                />
              </Group>
              <Textarea
                label={t("publication.withheld")}
                description={t("publication.withheldHint")}
                autosize
                minRows={2}
                value={withheld}
                onChange={(e) => setWithheld(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" size="xs" variant="default" loading={review.isPending}>
                  {t("publication.recordReview")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {p.secrecyReview ? (
          <Text size="sm" data-testid="secrecy-review">
            {t("publication.reviewed", {
              reviewer: p.secrecyReview.reviewer,
              date: p.secrecyReview.reviewedOn,
              count: p.secrecyReview.withheld.length,
            })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t("publication.reviewFirst")}
          </Text>
        )}
        <Group>
          {published ? (
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={unpublish.isPending}
              onClick={() => unpublish.mutate({ reportId: report.id })}
            >
              {t("publication.unpublish")}
            </Button>
          ) : (
            <Button
              size="xs"
              disabled={!p.secrecyReview}
              loading={publish.isPending}
              onClick={() => publish.mutate({ reportId: report.id })}
            >
              {t("publication.publish")}
            </Button>
          )}
        </Group>
        {error ? (
          <Alert color="red" variant="light">
            {error.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
