import { useQuery } from "@tanstack/react-query";
import { sections } from "@nianbao/sections";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutlinePart, OutlineSection } from "../trpc.ts";
import { useTRPC } from "../trpc.ts";
import { errorReason } from "../lib/save-errors.ts";
import { ErrorState } from "./ErrorState.tsx";
import { LoadingState } from "./LoadingState.tsx";
import { PluginMissing } from "./PluginMissing.tsx";
import { SectionWorkspace, type LivePreviewState } from "./SectionWorkspace.tsx";

/**
 * Loads one section and hands it to the workspace. The data is fetched fresh on every visit and never
 * refetched behind the form's back; "载入最新内容" refetches and remounts the form with the server's version.
 */
export function SectionEditor({
  reportId,
  part,
  section,
  onLiveChange,
  editable,
  canComment,
  canResolve,
  canDiscuss,
}: {
  reportId: string;
  part: OutlinePart;
  section: OutlineSection;
  onLiveChange: (live: LivePreviewState) => void;
  editable: boolean;
  canComment: boolean;
  canResolve: boolean;
  canDiscuss: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const plugin = sections.get(section.pluginId);
  const installed = section.plugin !== null && plugin !== undefined;
  const query = useQuery({
    ...trpc.section.get.queryOptions({ reportId, sectionKey: section.key }),
    enabled: installed,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const [generation, setGeneration] = useState(0);
  const { refetch } = query;
  const reload = useCallback(async () => {
    const r = await refetch();
    if (!r.error) setGeneration((g) => g + 1);
  }, [refetch]);

  if (!installed || errorReason(query.error) === "plugin_missing")
    return <PluginMissing pluginId={section.pluginId} />;
  if (query.isPending) return <LoadingState />;
  if (query.error)
    return <ErrorState title={t("section.loadFailed")} error={query.error} onRetry={() => void refetch()} />;
  return (
    <SectionWorkspace
      key={generation}
      reportId={reportId}
      part={part}
      section={section}
      plugin={plugin}
      loaded={query.data}
      onReload={reload}
      onLiveChange={onLiveChange}
      editable={editable}
      canComment={canComment}
      canResolve={canResolve}
      canDiscuss={canDiscuss}
    />
  );
}
