import { type ReactNode, useEffect } from "react";
import { loadMe, watchForSignOut } from "../../api/auth";
import type { Route } from "../../model/routes";
import { gateRedirect } from "../../model/sign-in";
import { useAppStore } from "../../state/store";
import { ErrorState, Loading } from "../LoadStates";

/**
 * Shows the page only once it is known who is here (`GET /api/me`), so nobody sees a flash of a page
 * they may not open. In password mode a signed-out visitor goes to the sign-in page, which brings
 * them back to this address; in local mode every page shows at once.
 */
export function AuthGate(props: { route: Route; children: ReactNode }) {
  const me = useAppStore((s) => s.me);
  const meError = useAppStore((s) => s.meError);
  const path = useAppStore((s) => s.path);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    watchForSignOut();
    void loadMe();
  }, []);
  const redirect = me ? gateRedirect(me, props.route, path + window.location.search) : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect, navigate]);

  if (!me && meError)
    return (
      <ErrorState
        title="Flightdeck did not start"
        message={meError}
        onRetry={() => void loadMe()}
      />
    );
  if (!me || redirect) return <Loading label="Opening Flightdeck" />;
  return props.children;
}
