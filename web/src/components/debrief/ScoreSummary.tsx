import type { ReactNode } from "react";
import { outcomeNote } from "../../../../server/rubric/outcome-note";
import type { Scorecard } from "../../../../server/rubric/scorecard.schema";

/**
 * One pattern's score: the machine's ring, a reviewer's score beside it once a finished review
 * gave one, the verdict and why. Fail reasons name turns as the transcript numbers them.
 */
export function ScoreSummary(props: {
  card: Scorecard;
  title: string;
  /** What this pattern is to the scenario ("Main pattern: counts …"), under the verdict. */
  role?: ReactNode;
  /** The overall score of a finished review, and whether it is the one that counts. */
  reviewed?: { score: number; counts: boolean } | null | undefined;
  /** Renumbers the rubric's "on turn N" (a position in the transcript) as the manager's turn. */
  renumber?: ((text: string) => string) | undefined;
  /** The session's outcome, given for the pattern that counts: said when it and the pass disagree. */
  outcome?: string | null | undefined;
}) {
  const c = props.card;
  const reviewed = props.reviewed ?? null;
  const note = outcomeNote(props.outcome, c);
  return (
    <div className="score-summary">
      <div className="score-dials">
        <div className="score-dial-box">
          <div className={`score-dial ${c.passed ? "passed" : "not-passed"}`}>
            <span className="score-number">{c.overall}</span>
            <span className="score-of">/ 100</span>
          </div>
          {reviewed && <p className="score-dial-label small">Machine</p>}
        </div>
        {reviewed && (
          <div className="score-dial-box">
            <div className="score-dial reviewed">
              <span className="score-number">{reviewed.score}</span>
              <span className="score-of">/ 100</span>
            </div>
            <p className="score-dial-label small">
              Reviewer{reviewed.counts && <span className="block">counts</span>}
            </p>
          </div>
        )}
      </div>
      <div className="score-text">
        <p className="score-verdict">
          <span aria-hidden="true">{c.passed ? "✓ " : "✕ "}</span>
          {c.passed ? "Passed" : "Not passed yet"} · {props.title}
        </p>
        {props.role && <p className="score-role small">{props.role}</p>}
        {reviewed && (
          <p className="score-reviewed">
            {reviewed.counts
              ? `Your reviewer scored it ${reviewed.score}; that score counts for this attempt in place of the machine's ${c.overall}.`
              : `Your reviewer scored it ${reviewed.score} (the machine: ${c.overall}).`}
          </p>
        )}
        {note && <p className="score-outcome">{note}</p>}
        <p>{c.explanation}</p>
        {c.failReasons.length > 0 && (
          <ul className="fail-reasons">
            {c.failReasons.map((r) => (
              <li key={r}>{props.renumber ? props.renumber(r) : r}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
