import type { PatternOutline } from "../../../../server/content/briefing";

/** The pattern's steps, collapsed by default so the briefing reads quickly. */
export function PatternSteps(props: { pattern: PatternOutline }) {
  const p = props.pattern;
  return (
    <div className="pattern">
      <h3>{p.title}</h3>
      {p.snippet && <p className="muted">{p.snippet}</p>}
      <details className="steps-details">
        <summary>Show the {p.steps.length} steps</summary>
        <ol className="pattern-steps">
          {p.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>
              {!s.required && <span className="muted small"> (optional)</span>}
              {s.description && <p className="muted small">{s.description}</p>}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
