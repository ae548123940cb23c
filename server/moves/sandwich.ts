import type { Move, MoveKind } from "./move.schema";
import type { Sentence } from "./segment";

type Role = "praise" | "critique";

/** Moves that already tell a sentence's role in a praise-criticism-praise structure. */
const MOVE_ROLE: Partial<Record<MoveKind, Role>> = {
  appreciation: "praise",
  vague_feedback: "critique",
  blame_absolute: "critique",
  character_label: "critique",
  threat: "critique",
};

const PRAISE =
  /\b(?:great|good|nice|excellent|solid|strong|love|loved|impressive|impressed|well done|thank|thanks|appreciate|proud|awesome|fantastic|amazing|valuable|brilliant|terrific)\b/;
const CRITIQUE =
  /\b(?:need(?:s|ed)? to|should(?:n't)? have|could (?:have|be) (?:better|improved|tighter|clearer)|missed|late|slipped|slow|concern(?:ed|s)?|issues?|problems?|not (?:great|good|enough|ideal|acceptable|quite)|improve|sloppy|mistakes?|wrong|lacking|disappoint\w*|frustrat\w*|unacceptable|too (?:slow|many|much|long|few)|fell short|falling short|below|gaps?|worried|struggl\w*|broke|broken|failed|bugs?|unprofessional|rude|dismissive|careless|harsh|inappropriate|unacceptable|slipped)\b/;
const CONTRAST = /(?:^|[\s,;])(?:but|however|although|though|that said|yet|unfortunately)\b/;

function sentenceRoles(s: Sentence, moves: readonly Move[], out: Role[]): void {
  let fromMoves: Role | undefined;
  for (const m of moves) {
    if (m.start === s.start) {
      const role = MOVE_ROLE[m.move];
      if (role === "critique" || (role === "praise" && fromMoves === undefined)) fromMoves = role;
    }
  }
  const contrast = CONTRAST.exec(s.lower);
  const isTrailing = contrast !== null && contrast.index + contrast[0].length >= s.lower.length - 2;
  if (contrast && contrast.index > 0 && !isTrailing) {
    const before = s.lower.slice(0, contrast.index);
    const after = s.lower.slice(contrast.index + contrast[0].length);
    if (PRAISE.test(before) && !CRITIQUE.test(before)) out.push("praise");
    if (CRITIQUE.test(after)) out.push("critique");
    else if (PRAISE.test(after)) out.push("praise");
    return;
  }
  if (fromMoves) {
    out.push(fromMoves);
    return;
  }
  if (CRITIQUE.test(s.lower)) out.push("critique");
  else if (PRAISE.test(s.lower)) out.push("praise");
}

/**
 * Praise, then criticism, then praise again within one turn. The span runs from the first praise
 * to the closing praise, so the debrief can quote the whole structure.
 */
export function detectSandwich(
  sentences: readonly Sentence[],
  moves: readonly Move[],
): Move | null {
  // One sentence splits into at most praise and criticism: a sandwich needs a second sentence.
  if (sentences.length < 2) return null;
  let firstPraise = -1;
  let sawCritique = false;
  const roles: Role[] = [];
  for (const s of sentences) {
    roles.length = 0;
    sentenceRoles(s, moves, roles);
    for (const role of roles) {
      if (role === "praise") {
        if (firstPraise < 0) firstPraise = s.start;
        else if (sawCritique) return { move: "sandwich", start: firstPraise, end: s.end };
      } else if (firstPraise >= 0) {
        sawCritique = true;
      }
    }
  }
  return null;
}
