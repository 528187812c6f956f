import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../hooks/use-session.ts";
import { ErrorState } from "./ErrorState.tsx";
import { ForcedPasswordChange } from "./ForcedPasswordChange.tsx";
import { LoadingState } from "./LoadingState.tsx";

/** Pages below need a signed-in person; otherwise to /signin, coming back afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState minHeight="60vh" />;
  if (session.error) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data)
    return (
      <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  // An administrator created or reset the account: choosing one's own password comes before anything else.
  if (session.data.mustChangePassword) return <ForcedPasswordChange />;
  return <Outlet />;
}
