import type { ReactNode } from "react";
import type { Briefing } from "../../../../server/content/briefing";
import { capitalise } from "../../model/format";
import { levelLabel, trackLabel } from "../../model/labels";
import { paths } from "../../model/routes";
import { Difficulty } from "../Difficulty";
import { Link } from "../Link";

/**
 * One scenario in the library: the whole card is the link, and its name starts with the title.
 * `children` go under the link (an assignment's due date and progress).
 */
export function ScenarioCard(props: {
  briefing: Briefing;
  className?: string;
  children?: ReactNode;
}) {
  const b = props.briefing;
  const people = b.personas.map((p) => p.name).join(" and ");
  return (
    <li className={props.className ?? "card-item"}>
      <Link to={paths.briefing(b.id)} className="card">
        {/* A heading, so a screen reader can go from scenario to scenario by heading. */}
        <h3 className="card-title">{b.title}</h3>
        <span className="card-skill">
          {capitalise(b.skill)}
          {people && ` · with ${people}`}
        </span>
        <span className="card-meta">
          <span>
            <span className="badge">{b.level}</span> {levelLabel(b.level)}
          </span>
          <span>{trackLabel(b.track)}</span>
          <Difficulty value={b.difficulty} />
          <span>~{b.estimatedMinutes} min</span>
        </span>
      </Link>
      {props.children}
    </li>
  );
}
