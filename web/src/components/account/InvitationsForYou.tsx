import { useEffect, useState } from "react";
import type { RoleName } from "../../../../server/people/people.schema";
import { loadMe } from "../../api/auth";
import { messageOf } from "../../api/http";
import {
  acceptMyInvitation,
  declineMyInvitation,
  loadMyInvitations,
  type MyInvitation,
} from "../../api/notices";
import { ROLE_LABELS } from "../../model/access";
import { invitationWhat } from "../../model/people-view";
import { paths } from "../../model/routes";
import { useAppStore } from "../../state/store";

/**
 * Invitations for the signed-in person's email, above every page until answered: someone who
 * already has an account joins a cohort with one click here (or declines), instead of being sent a
 * link. Joining says first what the cohort's facilitators will see. Read again on every page.
 */
export function InvitationsForYou(props: { path: string }) {
  const me = useAppStore((s) => s.me);
  const signedIn = me?.authMode === "password" && Boolean(me.user);
  const [invitations, setInvitations] = useState<MyInvitation[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the cue to ask again.
  useEffect(() => {
    if (!signedIn) {
      setInvitations([]);
      return;
    }
    let live = true;
    loadMyInvitations().then(
      (list) => live && setInvitations(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [signedIn, props.path]);
  // The invitation page answers its own invitation; the same card above it would say it twice.
  if (invitations.length === 0 || props.path.startsWith("/invite")) return null;
  return (
    <section className="invitations-for-you" aria-label="Invitations for you">
      {invitations.map((i) => (
        <InvitationCard
          key={i.id}
          invitation={i}
          onDone={() => setInvitations((now) => now.filter((x) => x.id !== i.id))}
        />
      ))}
    </section>
  );
}

function InvitationCard(props: { invitation: MyInvitation; onDone: () => void }) {
  const i = props.invitation;
  const navigate = useAppStore((s) => s.navigate);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roles = i.roles.filter((r): r is RoleName => r in ROLE_LABELS);
  const what = invitationWhat({
    by: i.invitedBy?.displayName ?? null,
    cohort: i.cohort?.name ?? null,
    roles: roles.map((r) => ROLE_LABELS[r].label.toLowerCase()),
  });
  const act = async (join: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (join) {
        await acceptMyInvitation(i.id);
        // New roles change the menu and where pages send one: ask who I am again.
        await loadMe();
        props.onDone();
        if (i.cohort) navigate(paths.cohort(i.cohort.id));
      } else {
        await declineMyInvitation(i.id);
        props.onDone();
      }
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <div className="banner invitation-card" role="status">
      <p>
        <strong>{what.headline}</strong> {what.consequence}
      </p>
      <div className="inline-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void act(true)}
        >
          {i.cohort ? "Join cohort" : "Accept"}
          <span className="visually-hidden"> {i.cohort?.name ?? ""}</span>
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void act(false)}>
          Decline
          <span className="visually-hidden"> {i.cohort?.name ?? "the invitation"}</span>
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
