import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

export type SessionUser = NonNullable<RouterOutputs["session"]["me"]>;
export type Role = SessionUser["assignments"][number]["role"];

/** The signed-in person (null when signed out). */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.session.me.queryOptions(), staleTime: 60_000 });
}

export function hasRole(user: SessionUser | null | undefined, ...roles: Role[]): boolean {
  return !!user?.assignments.some((a) => roles.includes(a.role));
}
