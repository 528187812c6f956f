import type { AppRouter } from "@nianbao/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export type { AppRouter };
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type ReportView = RouterOutputs["report"]["byId"];
export type OutlinePart = ReportView["outline"][number];
export type OutlineSection = OutlinePart["sections"][number];
export type SectionView = RouterOutputs["section"]["get"];

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The API is served under /trpc by the same origin (the dev server proxies it). */
export function createApiClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc" })] });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
