import type { Scorecard } from "../../../../server/rubric/scorecard.schema";

export function ScoreSummary(props: { card: Scorecard; title: string }) {
  const c = props.card;
  return (
    <div className="score-summary">
      <div className={`score-dial ${c.passed ? "passed" : "not-passed"}`}>
        <span className="score-number">{c.overall}</span>
        <span className="score-of">/ 100</span>
      </div>
      <div className="score-text">
        <p className="score-verdict">
          <span aria-hidden="true">{c.passed ? "✓ " : "✕ "}</span>
          {c.passed ? "Passed" : "Not passed yet"} · {props.title}
        </p>
        <p>{c.explanation}</p>
        {c.failReasons.length > 0 && (
          <ul className="fail-reasons">
            {c.failReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
