import type { Persona, Presumed } from "../content/persona.schema";
import { detectTopics } from "../moves";
import type { Topic } from "../moves/move.schema";

/**
 * What a persona's line may take for granted. A line that rebuts an average nobody mentioned, gives
 * away a concern before it is earned, says "they" of a recruiter never named, or reacts to news
 * the persona has not been told reads as a script, not a person. Such lines say what must come
 * first (`presumes` in the persona file); the engine never picks one before.
 */

/** What has come before the reply. */
export interface SoFar {
  /** Everything the manager has said in the conversation, this turn included. */
  managerSaid: string;
  /** Concern ids this persona has already said, before this turn. */
  revealed: ReadonlySet<string>;
  /** The scenario's news for them (words that tell it); undefined: they knew it before. */
  news?: string;
  /** Whom they are talking to (the scenario's `counterpart`); undefined: their manager. */
  counterpart?: string;
}

/** Per `presumes` list (shared by every copy a scenario makes of the persona): line → what it needs. */
const BY_LIST = new WeakMap<readonly unknown[], ReadonlyMap<string, readonly Presumed[]>>();
const REGEXES = new Map<string, RegExp>();

function regex(source: string): RegExp {
  let re = REGEXES.get(source);
  if (!re) {
    re = new RegExp(source, "i");
    REGEXES.set(source, re);
  }
  return re;
}

function presumptionsOf(persona: Persona): ReadonlyMap<string, readonly Presumed[]> {
  const list = persona.presumes;
  if (!list || list.length === 0) return new Map();
  let map = BY_LIST.get(list);
  if (!map) {
    const m = new Map<string, Presumed[]>();
    for (const { after, lines } of list)
      for (const line of lines) m.set(line.trim(), [...(m.get(line.trim()) ?? []), after]);
    map = m;
    BY_LIST.set(list, map);
  }
  return map;
}

/**
 * A test of the persona's lines (as written, before their slots are filled): true when what the
 * line presumes has come first, or when it presumes nothing.
 */
export function presumedBy(persona: Persona, soFar: SoFar): (line: string) => boolean {
  const map = presumptionsOf(persona);
  if (map.size === 0) return () => true;
  let topics: ReadonlySet<Topic> | undefined;
  const met = (a: Presumed): boolean => {
    if (a.said !== undefined && !regex(a.said).test(soFar.managerSaid)) return false;
    if (a.topics) {
      topics ??= new Set(detectTopics(soFar.managerSaid));
      const raised = topics;
      if (!a.topics.some((t) => raised.has(t))) return false;
    }
    if (a.revealed && !a.revealed.some((id) => soFar.revealed.has(id))) return false;
    if (a.told && soFar.news !== undefined && !regex(soFar.news).test(soFar.managerSaid))
      return false;
    if (a.toManager && (soFar.counterpart ?? "manager") !== "manager") return false;
    return true;
  };
  // Each entry is judged once per reply, however many of its lines the responder looks at.
  const judged = new Map<Presumed, boolean>();
  const once = (a: Presumed): boolean => {
    let ok = judged.get(a);
    if (ok === undefined) {
      ok = met(a);
      judged.set(a, ok);
    }
    return ok;
  };
  return (line) => {
    const needs = map.get(line.trim());
    return needs === undefined || needs.some(once);
  };
}

const NEWS_LINES = new WeakMap<readonly unknown[], ReadonlySet<string>>();

/**
 * The persona's reactions to the scenario's news: lines that presume only that it was told
 * ("Another cycle. Another six months.", "What did the committee actually say, word for word?").
 * On the turn the news is told, the reply is one of these (simulate.ts): "Noted. Anything else?"
 * to "the committee decided not to promote you" answers nothing that was said.
 */
export function newsReactions(persona: Persona): ReadonlySet<string> {
  const list = persona.presumes;
  if (!list || list.length === 0) return new Set();
  let set = NEWS_LINES.get(list);
  if (!set) {
    const lines = new Set<string>();
    for (const { after, lines: ls } of list)
      if (after.told && !after.said && !after.topics && !after.revealed && !after.toManager)
        for (const l of ls) lines.add(l.trim());
    set = lines;
    NEWS_LINES.set(list, set);
  }
  return set;
}

/** Whether this turn tells the news (its words match, and nothing the manager said before did). */
export function tellsNews(
  news: string | undefined,
  managerText: string,
  saidBefore: string,
): boolean {
  return news !== undefined && regex(news).test(managerText) && !regex(news).test(saidBefore);
}

/** Whether the news has been told by now (the manager's words so far match it). */
export function toldNews(news: string, managerSaid: string): boolean {
  return regex(news).test(managerSaid);
}
