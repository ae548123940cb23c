import { BriefingSchema } from "../../../../server/content/briefing.schema";
import { capitalise, humanize } from "../../model/format";

/**
 * The briefing's situation, facts and goal, folded away above the conversation: an opening line
 * needs the facts ("9 of the last 13 weeks"), and the briefing's page would leave the conversation.
 * Nothing shows when the briefing the session sent lacks them.
 */
export function BriefingReminder(props: { briefing: unknown }) {
  const parsed = BriefingSchema.safeParse(props.briefing);
  if (!parsed.success) return null;
  const b = parsed.data;
  const facts = Object.entries(b.facts);
  return (
    <details className="briefing-reminder">
      <summary>Your briefing: the situation, the facts you know and your goal</summary>
      <div className="briefing-reminder-body">
        <h2 className="small-heading">The situation</h2>
        <p>{b.situation}</p>
        {facts.length > 0 && (
          <dl className="facts">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt>{capitalise(humanize(k))}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        )}
        <h2 className="small-heading">Your goal</h2>
        <p>{b.goal}</p>
        <p className="muted">
          <strong>You are:</strong> {b.yourRole}
        </p>
      </div>
    </details>
  );
}
