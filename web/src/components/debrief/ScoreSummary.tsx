import type { ReactNode } from "react";
import { countedCard, reviewedVerdictText } from "../../../../server/people/verdict";
import { outcomeNote } from "../../../../server/rubric/outcome-note";
import type { Scorecard } from "../../../../server/rubric/scorecard.schema";
import type { CountedScoreWire } from "../../../../server/sessions/record.schema";

/**
 * One pattern's score: the machine's ring, a reviewer's score beside it once a finished review
 * gave one, the verdict and why. Fail reasons name turns as the transcript numbers them.
 *
 * For the main pattern the verdict shown is the one that counts everywhere (`counted`,
 * server/people/verdict.ts): a finished review's step statuses re-decide it by the machine's rule, and
 * a review of an earlier version of the conversation (before a rewind) is said to be so, and not
 * counted.
 */
export function ScoreSummary(props: {
  card: Scorecard;
  title: string;
  /** What this pattern is to the scenario ("Main pattern: counts …"), under the verdict. */
  role?: ReactNode;
  /** The overall score of a finished review, and whether it is the one that counts. */
  reviewed?: { score: number; counts: boolean } | null | undefined;
  /** The main pattern's counted score and verdict, from the server. */
  counted?: CountedScoreWire | undefined;
  /** Renumbers the rubric's "on turn N" (a position in the transcript) as the manager's turn. */
  renumber?: ((text: string) => string) | undefined;
  /** The session's outcome, given for the pattern that counts: said when it and the pass disagree. */
  outcome?: string | null | undefined;
  /** Read by a reviewer (the review page), not by the manager: "the review", not "your reviewer". */
  forReviewer?: boolean;
}) {
  const rv = props.forReviewer ? "the review" : "your reviewer";
  const Rv = props.forReviewer ? "The review" : "Your reviewer";
  const rewound = props.forReviewer ? "before it was rewound" : "before you rewound it";
  const c = props.card;
  const counted = props.counted ?? null;
  const stale = counted?.staleReview ?? null;
  // The main pattern's reviewer dial is the counted review's, or the earlier version's (not counted).
  const reviewed = counted
    ? counted.reviewedOverall !== null
      ? { score: counted.reviewedOverall, counts: true, earlier: false }
      : stale && stale.overall !== null
        ? { score: stale.overall, counts: false, earlier: true }
        : null
    : props.reviewed
      ? { ...props.reviewed, earlier: false }
      : null;
  const passed = counted ? counted.passed : c.passed;
  const byReviewer = counted?.verdictByReviewer === true;
  // The reasons that still hold once a reviewer's step statuses or set-aside flags re-decided the
  // verdict; else the card's.
  const setAside = counted?.setAsideFlags ?? [];
  const failReasons =
    counted && (counted.changedSteps.length > 0 || setAside.length > 0)
      ? counted.failReasons
      : c.failReasons;
  // The outcome explained against the counted verdict: the reviewer's statuses, flags set aside.
  const note = outcomeNote(props.outcome, countedCard(c, counted));
  // The explanation is always the machine's arithmetic: a review changes the verdict, and the score
  // only by a score of its own (server/people/verdict.ts), never by recounting the steps. Beside a
  // reviewer's ring or their changes it says so, and the reasons that hold come before it.
  const redecided = counted !== null && (counted.changedSteps.length > 0 || setAside.length > 0);
  const reviewerInPlay = reviewed !== null || redecided;
  const reasons = failReasons.length > 0 && (
    <ul className="fail-reasons">
      {failReasons.map((r) => (
        <li key={r}>{props.renumber ? props.renumber(r) : r}</li>
      ))}
    </ul>
  );
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
            <div className={`score-dial reviewed${reviewed.earlier ? " earlier" : ""}`}>
              <span className="score-number">{reviewed.score}</span>
              <span className="score-of">/ 100</span>
            </div>
            <p className="score-dial-label small">
              Reviewer
              {reviewed.counts && <span className="block">counts</span>}
              {reviewed.earlier && <span className="block">earlier version</span>}
            </p>
          </div>
        )}
      </div>
      <div className="score-text">
        <p className="score-verdict">
          <span aria-hidden="true">{passed ? "✓ " : "✕ "}</span>
          {passed ? "Passed" : "Not passed yet"}
          {byReviewer && ` by ${rv}`} · {props.title}
        </p>
        {props.role && <p className="score-role small">{props.role}</p>}
        {counted && (byReviewer || setAside.length > 0) && (
          <p className="score-verdict-changed">
            {reviewedVerdictText(counted, Rv, (where) =>
              props.renumber ? props.renumber(where) : where,
            )}
          </p>
        )}
        {reviewed && !reviewed.earlier && (
          <p className="score-reviewed">
            {reviewed.counts
              ? `${Rv} scored it ${reviewed.score}; that score counts for this attempt in place of the machine's ${c.overall}.`
              : `${Rv} scored it ${reviewed.score} (the machine: ${c.overall}).`}
          </p>
        )}
        {stale && (
          <p className="score-review-earlier" role="note">
            {stale.overall !== null
              ? `${props.forReviewer ? "The review's" : "Your reviewer's"} ${stale.overall} was for an earlier version of this conversation, ${rewound}. This version is scored ${c.overall} by the machine, and that counts until the review is marked done again.`
              : `The review was of an earlier version of this conversation, ${rewound}, so it no longer counts; this version counts with the machine's score until the review is marked done again.`}
          </p>
        )}
        {note && <p className="score-outcome">{note}</p>}
        {reviewerInPlay && reasons}
        <p className="score-explanation">
          {reviewerInPlay && (
            <strong>
              The machine's breakdown of its {c.overall}
              {redecided ? ", by its own reading of the steps and flags" : ""}:{" "}
            </strong>
          )}
          {c.explanation}
        </p>
        {!reviewerInPlay && reasons}
      </div>
    </div>
  );
}
