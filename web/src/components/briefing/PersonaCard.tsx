import type { PersonaCard as Card } from "../../../../server/content/briefing";
import { capitalise } from "../../model/format";

export function PersonaCard(props: { persona: Card }) {
  const p = props.persona;
  return (
    <div className="persona">
      <div className="persona-head">
        <span className="avatar" aria-hidden="true">
          {p.name.charAt(0)}
        </span>
        <div>
          <h3>
            {p.name} <span className="muted small">({p.pronouns})</span>
          </h3>
          <p className="muted small">
            {p.role} · {capitalise(p.seniority)} · {p.tenure}
          </p>
        </div>
      </div>
      <p className="prose-text">{p.summary}</p>
      {p.knownFacts.length > 0 && (
        <ul className="known-facts">
          {p.knownFacts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
