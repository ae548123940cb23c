import type { HiddenTruth as Truth } from "../../../../server/sessions/record.schema";
import { humanize } from "../../model/format";

/**
 * What the employee was holding back, whether the manager earned it, and what it would have taken.
 * The debrief speaks to the manager ("They told you"); the review page names them ("They told Lee").
 */
export function HiddenTruth(props: {
  items: readonly Truth[];
  showNames: boolean;
  /** Who was (or was not) told: "you" (the default), or the manager's name. */
  listener?: string | undefined;
}) {
  const whom = props.listener ?? "you";
  if (props.items.length === 0)
    return <p className="muted">Nothing was held back in this scenario.</p>;
  return (
    <ul className="truths">
      {props.items.map((t) => (
        <li
          key={`${t.personaId}-${t.concernId}`}
          className={`truth ${t.revealed ? "revealed" : "hidden"}`}
        >
          <p className="truth-status">
            <span aria-hidden="true">{t.revealed ? "◉ " : "○ "}</span>
            {t.revealed ? `They told ${whom}` : `They did not tell ${whom}`}
            {props.showNames && ` · ${t.personaName}`}
          </p>
          <p className="truth-summary">{t.summary}</p>
          <p className="muted small">
            What it would have taken: trust of at least {Math.round(t.trustNeeded * 100)}%, and a
            line that invites it ({t.unlockedBy.map(humanize).join(", ")}).
          </p>
        </li>
      ))}
    </ul>
  );
}
