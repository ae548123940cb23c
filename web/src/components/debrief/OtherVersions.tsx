import type { ReactNode } from "react";
import type { VersionShown } from "../../model/other-versions";
import { outcomeOf } from "./BranchCompare";

/**
 * "Other versions" under the transcript of a rewound conversation: each version not being flown,
 * folded, its lines from where it parts with the reviewers' comments on them (`children` renders
 * them: the debrief's transcript or the reviewer's). The summary says how many comments are inside.
 */
export function OtherVersions(props: {
  versions: readonly VersionShown[];
  /** "your" on the manager's debrief, "Lee's" for a reviewer. */
  whose: string;
  children: (version: VersionShown) => ReactNode;
}) {
  if (props.versions.length === 0) return null;
  return (
    <section className="other-versions" aria-labelledby="other-versions-title">
      <h3 id="other-versions-title" className="other-versions-title">
        Other versions
      </h3>
      <p className="small muted">
        Rewound away from: the score above is the version being flown. Their lines, and any comments
        on them, are kept here.
      </p>
      {props.versions.map((v) => (
        <details key={v.attempt} className="other-version" id={`version-${v.attempt}`}>
          <summary className="other-version-summary">
            <strong className="other-version-name">{v.name}</strong>
            <span className="muted">
              {" "}
              · from {props.whose} turn {v.fromTurn} · {outcomeOf(v.branch)}
              {v.branch.scorecards?.[0] && ` · ${v.branch.scorecards[0].overall} / 100`}
            </span>
            {v.comments > 0 && (
              <span className="other-version-comments">
                {" "}
                · {v.comments} {v.comments === 1 ? "comment" : "comments"}
              </span>
            )}
          </summary>
          <p className="small muted">
            {v.fromTurn === 1
              ? "This version went another way from the first line."
              : v.fromTurn === 2
                ? "Turn 1 and the reply to it are as above; this version went on from there."
                : `Turns 1 to ${v.fromTurn - 1} and the replies to them are as above; this version went on from there.`}
          </p>
          {props.children(v)}
        </details>
      ))}
    </section>
  );
}
