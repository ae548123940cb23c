import { useState } from "react";
import type { BranchView } from "../../../../server/sessions/record.schema";
import { compareBranches, defaultPair } from "../../model/branches";
import { capitalise, percent, pointsBetween } from "../../model/format";
import { OUTCOME_LABELS } from "../../model/labels";
import { stepChange } from "../../model/step-change";
import {
  managerNumbers,
  renumberNote,
  replyNumbers,
  scoredTurnIndex,
} from "../../model/transcript";
import { PickTwo } from "./PickTwo";
import { CHANGE_WORDS, StepStatus } from "./StepChange";

/**
 * A branch is a *version* of this conversation, never an "attempt": History and "Compare with
 * attempt N" number whole conversations as attempts (review 6 #7). Short enough for a phone-width
 * picker: "Version 2 (from turn 4) · current".
 */
export const branchName = (branches: readonly BranchView[], b: BranchView) => {
  const i = branches.indexOf(b);
  const fork = b.forkIndex === null ? null : managerNumbers(b.turns).get(b.forkIndex);
  return `Version ${i + 1}${i === 0 ? " (first try)" : fork ? ` (from turn ${fork})` : ""}${b.active ? " · current" : ""}`;
};

/** A step's note in this branch's own numbering of the manager's lines. */
const noteOf = (b: BranchView, note: string) => {
  const numbers = managerNumbers(b.turns);
  return renumberNote(note, scoredTurnIndex(b.turns), (i) => numbers.get(i), replyNumbers(b.turns));
};

/** How a version ended: its outcome, or that it was ended and then rewound, or left by a rewind. */
export const outcomeOf = (b: BranchView) =>
  b.outcome
    ? (OUTCOME_LABELS[b.outcome] ?? b.outcome)
    : b.active
      ? "In progress"
      : b.scored
        ? "Ended, then rewound"
        : "Rewound from here";

/** Two versions of the same conversation side by side: where they part and what the other line changed. */
export function BranchCompare(props: {
  branches: readonly BranchView[];
  nameOf: (personaId: string) => string;
  /** Concern id → what it is, from the debrief's hidden truth. */
  concernOf: (concernId: string) => string;
}) {
  const initial = defaultPair(props.branches);
  const [aId, setA] = useState(initial?.[0].id ?? "");
  const [bId, setB] = useState(initial?.[1].id ?? "");
  const a = props.branches.find((x) => x.id === aId);
  const b = props.branches.find((x) => x.id === bId);
  if (!initial) return null;
  const c = a && b && a !== b ? compareBranches(a, b) : null;
  const shared = c ? c.split : 0;
  const sharedTurns = a ? [...managerNumbers(a.turns)].filter(([i]) => i < shared).length : 0;
  return (
    <div className="compare">
      <PickTwo
        idPrefix="compare"
        options={props.branches.map((x) => ({ id: x.id, label: branchName(props.branches, x) }))}
        a={aId}
        b={bId}
        onA={setA}
        onB={setB}
      />
      {!c || !a || !b ? (
        <p className="muted">Pick two different versions.</p>
      ) : (
        <>
          <p className="compare-summary">{c.summary}</p>
          <p className="muted">
            {sharedTurns === 0
              ? "The versions differ from your first line."
              : `Both versions share your first ${sharedTurns === 1 ? "line" : `${sharedTurns} lines`}; they part at turn ${c.splitNumber ?? sharedTurns + 1}.`}
          </p>
          <div className="compare-grid">
            {[
              { branch: a, line: c.lineA, score: c.scoreA, side: "a" as const },
              { branch: b, line: c.lineB, score: c.scoreB, side: "b" as const },
            ].map(({ branch, line, score, side }) => (
              <section
                key={side}
                className="panel compare-col"
                aria-label={branchName(props.branches, branch)}
              >
                <h3>{branchName(props.branches, branch)}</h3>
                <p className="compare-score">
                  <span className="score-number small-dial">{score ?? "—"}</span>
                  <span className="muted"> / 100 · {outcomeOf(branch)}</span>
                </p>
                <p className="small muted">At the split you said:</p>
                <blockquote className="split-line">
                  {line ?? "(nothing: this version stopped here)"}
                </blockquote>
                <h4>Steps</h4>
                <ul className="compare-steps">
                  {c.steps.map((s) => {
                    const whyNot = side === "a" ? s.whyNotA : s.whyNotB;
                    // Not reached is no change: that version stopped before the step.
                    const change =
                      s.a === "not_reached" || s.b === "not_reached"
                        ? undefined
                        : stepChange(s.a, s.b);
                    return (
                      <li key={s.id}>
                        <StepStatus status={side === "a" ? s.a : s.b} /> {s.title}
                        {whyNot && <span className="muted small"> · {noteOf(branch, whyNot)}</span>}
                        {side === "b" && (change === "better" || change === "worse") && (
                          <span className="changed small">
                            {" "}
                            · {CHANGE_WORDS[change]} than before
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <h4>Where they ended up</h4>
                <ul className="compare-state">
                  {c.states.map((s) => {
                    const mine = side === "a" ? s.a : s.b;
                    const other = side === "a" ? s.b : s.a;
                    return (
                      <li key={`${s.personaId}-${s.variable}`}>
                        <span>
                          {c.states.length > 4 ? `${props.nameOf(s.personaId)}: ` : ""}
                          {capitalise(s.variable)}
                        </span>
                        <span className="bar" aria-hidden="true">
                          <span style={{ width: `${(mine ?? 0) * 100}%` }} />
                        </span>
                        <span>
                          {mine === null ? "—" : percent(mine)}
                          {side === "b" &&
                            mine !== null &&
                            other !== null &&
                            percent(mine) !== percent(other) && (
                              <span className="muted small"> ({pointsBetween(other, mine)})</span>
                            )}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {(side === "a" ? c.revealedOnlyA : c.revealedOnlyB).length > 0 && (
                  <p className="small">
                    <span aria-hidden="true">◉ </span>Revealed only here:{" "}
                    {(side === "a" ? c.revealedOnlyA : c.revealedOnlyB)
                      .map(props.concernOf)
                      .join("; ")}
                  </p>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
