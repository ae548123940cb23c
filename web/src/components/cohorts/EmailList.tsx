import { type FormEvent, useRef, useState } from "react";
import { messageOf } from "../../api/http";
import { type Invitee, inviteeList, inviteeText, plural } from "../../model/people-view";

/** What one invitation made: its email, and how many earlier links of that email it replaced. */
export interface MadeInvitation {
  email: string;
  name?: string | undefined;
  replaced: number;
}

/**
 * One email or a pasted list of them (`inviteeList`: one a line, or separated by commas, with the
 * names a To line or a spreadsheet gives), invited one
 * at a time in the order given, so their links list in that order. One refused email does not stop
 * the others: it stays in the box with its reason. Used by a cohort's invitation form and by the
 * Accounts page's, so both take a list the same way.
 */
export function useEmailList(options: {
  /**
   * Makes one link. `batch` numbers the submits of a list of several emails, so the caller can keep
   * that list's links together in the order given; the answer is what was made.
   */
  invite: (invitee: Invitee, batch?: number) => Promise<MadeInvitation | undefined>;
  /** After a list of several: every link it made, in the order given. */
  onListDone?: (made: MadeInvitation[]) => void;
  /** After a submit whose every email got its link. */
  onAllMade?: () => void;
  /** Checked before anything is sent: why the form cannot be sent yet, or null. */
  notReady?: () => string | null;
}) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const emails = inviteeList(text);
  const batches = useRef(0);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    // An empty box says what it wants too (a disabled button would not say why).
    if (emails.length === 0) {
      setError("Enter an email address, or several (one a line, or separated by commas).");
      return;
    }
    const notReady = options.notReady?.() ?? null;
    if (notReady) {
      setError(notReady);
      return;
    }
    setError(null);
    const sent = text;
    const refused: { invitee: Invitee; why: string }[] = [];
    const made: MadeInvitation[] = [];
    batches.current += 1;
    const batch = emails.length > 1 ? batches.current : undefined;
    for (const [i, invitee] of emails.entries()) {
      setBusy(emails.length > 1 ? `Inviting ${i + 1} of ${emails.length}…` : "Inviting…");
      try {
        const link = await options.invite(invitee, batch);
        if (link) made.push(link);
      } catch (err) {
        refused.push({ invitee, why: messageOf(err) });
      }
    }
    setBusy(null);
    if (batch !== undefined) options.onListDone?.(made);
    // Only what was sent: the next email may already be typed.
    setText((current) =>
      current === sent ? refused.map((r) => inviteeText(r.invitee)).join("\n") : current,
    );
    if (refused.length === 0) options.onAllMade?.();
    else if (emails.length === 1) setError(refused[0]?.why ?? null);
    else
      setError(
        `${plural(emails.length - refused.length, "invitation")} made; ${refused.length} not (left in the box to correct): ${refused
          .map((r) => (r.why.includes(r.invitee.email) ? r.why : `${r.invitee.email}: ${r.why}`))
          .join("; ")}`,
      );
  };

  return { text, setText, emails, busy, error, submit };
}

/**
 * The box for `useEmailList`: a textarea that grows with the list (up to six lines), where Enter
 * sends as in a one-line field and Shift+Enter starts another line.
 */
export function EmailListField(props: {
  id: string;
  list: ReturnType<typeof useEmailList>;
  describedBy?: string;
}) {
  const { list } = props;
  return (
    <div className="field">
      <label htmlFor={props.id}>Email</label>
      <textarea
        id={props.id}
        className="invite-emails"
        rows={list.emails.length > 1 ? Math.min(list.emails.length, 6) : 1}
        autoComplete="off"
        spellCheck={false}
        value={list.text}
        aria-describedby={props.describedBy}
        onChange={(e) => list.setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void list.submit();
          }
        }}
      />
    </div>
  );
}
