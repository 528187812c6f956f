import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** A report's review threads and the mutations on them; every mutation refreshes threads, the report and the inbox. */
export function useThreads(reportId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const threads = useQuery(trpc.review.threads.queryOptions({ reportId }));
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() });
  };
  return {
    threads,
    start: useMutation(trpc.review.start.mutationOptions({ onSuccess })),
    reply: useMutation(trpc.review.reply.mutationOptions({ onSuccess })),
    resolve: useMutation(trpc.review.resolve.mutationOptions({ onSuccess })),
    reopen: useMutation(trpc.review.reopen.mutationOptions({ onSuccess })),
  };
}
