import type { HiddenTruth as Truth } from "../../../../server/sessions/record.schema";
import { humanize, percent } from "../../model/format";
import { TurnLink } from "./TurnLink";

/**
 * What the employee was holding back, whether the manager earned it, and what it would have taken.
 * The debrief speaks to the manager ("They told you"); the review page names them ("They told Lee").
 * A concern not told that the manager said in their own words (`namedAt`) says so, with the turn and
 * their trust then, so it does not read as if they missed it (review 6 #14).
 */
export function HiddenTruth(props: {
  items: readonly Truth[];
  showNames: boolean;
  /** Who was (or was not) told: "you" (the default), or the manager's name. */
  listener?: string | undefined;
  /** The manager's number of a turn index ("turn 5"), as the transcript numbers it. */
  numberOf?: ((index: number) => number | undefined) | undefined;
}) {
  const whom = props.listener ?? "you";
  if (props.items.length === 0)
    return <p className="muted">Nothing was held back in this scenario.</p>;
  return (
    <ul className="truths">
      {props.items.map((t) => {
        const named = t.revealed ? undefined : t.namedAt;
        // The reply that was to tell it was cut off partway: what of it was shown is not known.
        const cut = !t.revealed && !named && t.cutOffAt !== undefined;
        const n = named ? props.numberOf?.(named.turn) : undefined;
        return (
          <li
            key={`${t.personaId}-${t.concernId}`}
            className={`truth ${t.revealed ? "revealed" : named ? "named" : "hidden"}`}
          >
            <p className="truth-status">
              <span aria-hidden="true">{t.revealed ? "◉ " : named || cut ? "◐ " : "○ "}</span>
              {t.revealed ? (
                `They told ${whom}`
              ) : cut ? (
                `They began to tell ${whom}, but the model cut the reply off`
              ) : named ? (
                <>
                  {whom === "you" ? "You named it yourself" : `${whom} named it`}
                  {n !== undefined && (
                    <>
                      {" on "}
                      <TurnLink index={named.turn}>turn {n}</TurnLink>
                    </>
                  )}
                  ; they did not confirm it
                </>
              ) : (
                `They did not tell ${whom}`
              )}
              {props.showNames && ` · ${t.personaName}`}
            </p>
            <p className="truth-summary">{t.summary}</p>
            <p className="muted small">
              {named && named.trust !== null && `Their trust then: ${percent(named.trust)}. `}
              What it would have taken{named ? " for them to tell it" : ""}: trust of at least{" "}
              {Math.round(t.trustNeeded * 100)}%, and a line that invites it (
              {t.unlockedBy.map(humanize).join(", ")}).
            </p>
          </li>
        );
      })}
    </ul>
  );
}
