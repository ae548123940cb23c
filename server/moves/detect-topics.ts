import { hot } from "./hot-regexes";
import type { Topic } from "./move.schema";
import { normaliseText } from "./segment";

/** Words that put a turn on a topic. A new topic is one row (and one entry in TOPICS). */
const TOPIC_PATTERNS: Readonly<Record<Topic, RegExp>> = {
  workload:
    /\b(?:workload|work load|overload\w*|too much (?:work|on your plate)|plate|bandwidth|capacity|overtime|late nights?|weekends?|long hours|juggling|swamped|stretched|burn(?:ed|t)? ?out|burnout|too many (?:tickets|projects|things|meetings)|hours)\b/,
  deadlines:
    /\b(?:deadlines?|due (?:date|on|by)|late|slipp?(?:ed|ing)?|on time|ship date|launch date|timeline|schedule|behind schedule|eta|estimates?|missed (?:the )?(?:date|sprint|commitment)|sprint (?:goal|commitment)|overdue|delay\w*)\b/,
  quality:
    /\b(?:quality|bugs?|defects?|regressions?|tests?|testing|test coverage|code review|reviews?|sloppy|typos?|errors?|mistakes?|rework|tech debt|technical debt|flaky|broken build|standards?)\b/,
  incident:
    /\b(?:incidents?|outages?|postmortem|post-mortem|on[- ]?call|pager|paged|sev ?\d|sev-?\d|rollback|rolled back|downtime|production issue|prod issue|hotfix|root cause|alerts?|escalation)\b/,
  team: /\b(?:team|teammates?|squad|the group|collaborat\w*|standups?|retros?|team ?mates?|morale|culture)\b/,
  peer: /\b(?:peers?|colleagues?|coworkers?|co-workers?|conflict with|(?:he|she|they) (?:said|keeps|always|never)|another engineer|other engineer|the designer|the pm|product manager|tension)\b/,
  career:
    /\b(?:career|growth|grow|develop(?:ment)?|learning|mentor\w*|next level|long[- ]term|aspirations?|goals? for (?:your|my)self|skills?|stretch (?:project|assignment)|leadership|tech lead|staff engineer|manager track|ic track|future)\b/,
  promotion:
    /\b(?:promot\w*|promo|packet|level(?:ling|ing)?|senior|staff|calibration|title|ladder)\b/,
  compensation:
    /\b(?:compensation|comp|salary|pay|paid|raise|bonus|equity|stock|rsus?|money|offer|market rate|underpaid)\b/,
  health:
    /\b(?:health|sick|ill|illness|doctor|medical|mental health|stress(?:ed)?|anxi\w*|sleep\w*|exhaust\w*|tired|leave|time off|pto|therapy|therapist|wellbeing|well-being|family|burn(?:ed|t)? ?out|burnout|drink\w*|alcohol|smok\w*)\b/,
  process:
    /\b(?:process|workflow|jira|tickets?|sprints?|planning|standups?|retros?|ceremon\w*|rituals?|deploy\w*|release process|ci|pipeline|handoffs?|documentation|docs|runbooks?|agile|kanban|scrum)\b/,
  feedback:
    /\b(?:feedback|how (?:it|that) (?:came|comes) across|perception|performance review|review cycle|perf review|criticism|critique|expectations?|improve\w*|do better|praise)\b/,
  goals:
    /\b(?:goals?|okrs?|objectives?|targets?|priorit\w*|roadmap|milestones?|outcomes?|key results?|what success looks like|plan for the (?:quarter|half|year))\b/,
};

const TOPIC_ENTRIES = Object.entries(TOPIC_PATTERNS) as readonly (readonly [Topic, RegExp])[];
// The persona engine reads every turn's topics: compiled with the detectors' other per-turn regexes.
for (const [, pattern] of TOPIC_ENTRIES) hot(pattern);

/** Which topics a turn is about, in TOPICS order. Pure and deterministic. */
export function detectTopics(text: string): Topic[] {
  const lower = normaliseText(text);
  const out: Topic[] = [];
  for (const [topic, pattern] of TOPIC_ENTRIES) {
    if (pattern.test(lower)) out.push(topic);
  }
  return out;
}
