/**
 * What the manager put forward as a next step, so that a commitment answers it: "you'll split the
 * reconciliation work into smaller tickets before Thursday" is taken on as "I'll split the
 * reconciliation work into smaller tickets before Thursday", not as a runbook nobody mentioned.
 * Pure; plain English grammar, no scenario's content.
 */

/** A step the manager asked the employee to take: "you'll X", "can you X", "I'd like you to X". */
const ASKS_EMPLOYEE =
  /\b(?:(?:what if|how about) you(?!\s+and\b)|you(?:'ll|’ll| will| can| are going to|'re going to|’re going to)|(?:can|could|would|will) you(?: please)?(?: be willing to)?|(?:i'd|i’d|i would) (?:like|want|ask) you to|i (?:want|need) you to|i'll need you to|i’ll need you to|(?:agree|agreed|deal|plan|step|steps)(?: is)?(?: that)?[:,]?\s+you(?!\s+(?:and|are|were|had|have been)\b)(?=\s+[a-z]))\s+(?!(?:be able|want|like|mind|prefer|rather|think|feel|say|agree|consider|see|know)\b)/gi;

/** Where the employee's step ends: the sentence, another subject, a name, or a question tagged on. */
const STEP_END = [
  /[;:!?]|\.(?=\s|$)|\s[—–-]\s/,
  /,?\s+(?:and|but|then|while|and then|so)\s+(?=(?:i|we|i'll|i’ll|we'll|we’ll|i'm|we're|you and i|the \w+ of us|let's|let’s|let us)\b)/i,
  /,\s*(?=(?:i|we|i'll|i’ll|we'll|we’ll|you and i|the \w+ of us|let's|let’s)\b)/i,
  /,?\s*(?:and\s+)?(?=\b[A-Z][a-zà-ÿ]+,\s)/,
  /,?\s+and\s+you(?:'ll|’ll| will)\b/i,
  /,\s*(?:does|is|would|will|how|what|ok|okay|right)\b/i,
];

/** From the manager's side to the employee's: "your" → "my", "me" → "you", "before you respond" → "before I respond". */
const SWAP: Readonly<Record<string, string>> = {
  your: "my",
  yours: "mine",
  yourself: "myself",
  "you're": "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "you'll": "I'll",
  my: "your",
  mine: "yours",
  myself: "yourself",
  me: "you",
  i: "you",
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
};

/** After these, "you" is an object ("take you off the rotation", "help you with"): "me". */
const OBJECT_NEXT =
  /^(?:$|[,.;]|to|for|with|on|in|at|by|and|or|the|a|an|some|up|off|out|through|about|from|first|too|again|later|now|this|that|next|before|after|until|when|if|into|back|over|one|two|three|any|every|each)$/i;

function swapPronouns(step: string): string {
  const tokens = step.split(/(\s+)/);
  return tokens
    .map((token, i) => {
      const m = /^([\w'’]+)(.*)$/.exec(token);
      if (!m) return token;
      const [, word = "", rest = ""] = m;
      const key = word.toLowerCase().replace("’", "'");
      if (key === "you") {
        const next = (tokens[i + 2] ?? "").replace(/[^\w,.;']/g, "");
        const object = rest !== "" || OBJECT_NEXT.test(next);
        // "you and I" stays: the two of them, from either side.
        if (/^and$/i.test(next) && /^(?:i|me)\b/i.test(tokens[i + 4] ?? "")) return token;
        return `${object ? "me" : "I"}${rest}`;
      }
      if (key === "i" && /^and$/i.test((tokens[i - 2] ?? "").trim())) return token;
      const swapped = SWAP[key];
      return swapped === undefined ? token : `${swapped}${rest}`;
    })
    .join("");
}

/** Past forms that are not a verb + "ed". */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  led: "lead",
  took: "take",
  wrote: "write",
  gave: "give",
  ran: "run",
  met: "meet",
  made: "make",
  spent: "spend",
  sent: "send",
  paired: "pair",
  set: "set",
  put: "put",
  cut: "cut",
  kept: "keep",
  brought: "bring",
  began: "begin",
  chose: "choose",
  did: "do",
  got: "get",
  went: "go",
  held: "hold",
  built: "build",
  taught: "teach",
  found: "find",
  had: "have",
  dropped: "drop",
  stopped: "stop",
  planned: "plan",
  shipped: "ship",
  logged: "log",
  stepped: "step",
};

/** Verbs whose stem keeps an "e": "shared" → "share", not "shar". */
const E_VERBS = new Set(
  "share move use hire rotate decide create schedule handle organise organize prepare release manage close write note rate type code pace scope trade merge pause raise chase guide judge place replace reduce produce introduce practise argue continue compare propose improve involve solve resolve serve save prove remove receive achieve escalate automate delegate demo include exclude describe outline".split(
    " ",
  ),
);

/** "reviewed" → "review", "logged" → "log", "shared" → "share", "tried" → "try". */
function baseOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PAST[w];
  if (irregular) return irregular;
  if (!/ed$/.test(w) || w.length < 5) return word;
  if (/ied$/.test(w)) return `${w.slice(0, -3)}y`;
  const stem = w.slice(0, -2);
  if (E_VERBS.has(`${stem}e`)) return `${stem}e`;
  if (/([bdgmnpt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** "reviewed two docs, and mentored one" → "review two docs, and mentor one". */
function presentTense(step: string): string {
  return step
    .replace(/^(\S+)/, (w) => baseOf(w))
    .replace(
      /\b(and|or) (\w+ed|led|took|wrote|gave|ran|met|made|kept|built|taught)\b/g,
      (_, c, w) => `${c} ${baseOf(w)}`,
    );
}

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * The step the manager asked this employee to take, in the employee's words and without "I'll"
 * ("split the work into smaller tickets before Thursday"), or null when the turn asks nothing of
 * them (a plan for "us", a check-in, the manager's own action). A step put to someone else by name
 * ("Tomás, you'll add…") is not theirs. `names` are the first names of the others in the room.
 */
export function employeeStep(
  text: string,
  others: readonly string[] = [],
  /** Their own first name: "What if Tomás writes up the failure modes" is a step for Tomás. */
  own?: string,
  /** Their pronouns ("she/her"): in a step put to them by name, their "her" is "my". */
  pronouns?: string,
): string | null {
  const forThem = own === undefined ? null : namedStep(text, own, pronouns);
  if (forThem !== null) return forThem;
  for (const m of text.matchAll(ASKS_EMPLOYEE)) {
    const before = text.slice(0, m.index);
    // The name spoken just before the ask, within its clause, says whom it is for.
    const lead = plain(before.split(/[.!?;]\s|,\s*(?:and\s+)?(?=\S+,)/).at(-1) ?? "");
    if (others.some((name) => new RegExp(`\\b${plain(name)}\\b`).test(lead))) continue;
    let rest = text.slice((m.index ?? 0) + m[0].length);
    for (const end of STEP_END) {
      const cut = end.exec(rest);
      if (cut) rest = rest.slice(0, cut.index);
    }
    let step = rest.trim().replace(/[,\s]+$/, "");
    if (step.split(/\s+/).length < 2) continue;
    // "What if you reviewed two design docs … and mentored one" is a plan in the past tense.
    if (/^what if/i.test(m[0])) step = presentTense(step);
    return swapPronouns(step);
  }
  return null;
}

/** "writes" → "write", "reviews" → "review", "fixes" → "fix", "carries" → "carry". */
function baseOfThirdPerson(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|z|o)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A step put to them by name in the third person, as a plan in a mediation is: "What if Tomás
 * writes up the failure modes, Elena reviews it…" → "write up the failure modes".
 */
function namedStep(text: string, own: string, pronouns?: string): string | null {
  const plainText = plain(text);
  const name = plain(own);
  const m = new RegExp(`\\b${name}\\s+(?:(?:will|could|can|would)\\s+)?([a-z]+)\\b`).exec(
    plainText,
  );
  if (!m || m.index === undefined) return null;
  const verb = m[1] ?? "";
  // "Tomás and Elena …", "Tomás is …", "Tomás's RFC": not a step.
  if (
    /^(?:and|or|is|was|has|had|did|does|said|says|thinks|feels|seems|wants|needs|knows)$/.test(verb)
  )
    return null;
  if (!/s$/.test(verb) && !/(?:will|could|can|would)\s+$/.test(m[0].slice(0, -verb.length)))
    return null;
  let rest = text.slice(m.index + m[0].length);
  for (const end of STEP_END) {
    const cut = end.exec(rest);
    if (cut) rest = rest.slice(0, cut.index);
  }
  rest = rest.split(/,\s*/)[0] ?? rest;
  const base = /s$/.test(verb) ? baseOfThirdPerson(verb) : verb;
  const step = `${base}${rest}`.trim().replace(/[,\s]+$/, "");
  return step.split(/\s+/).length < 2 ? null : ownPronouns(swapPronouns(step), pronouns);
}

/**
 * A step said of them in the third person speaks of them as "her"/"his" ("Elena lists her
 * objections"): in their mouth, "my objections". Only their own pronouns ("his RFC" in Elena's step
 * is Tomás's): "she/her" turns "her" and "herself", "he/him" "his" and "himself"; "they" is left,
 * as it may be both of them.
 */
function ownPronouns(step: string, pronouns: string | undefined): string {
  const p = (pronouns ?? "").toLowerCase();
  const [possessive, reflexive] = p.startsWith("she")
    ? ["her", "herself"]
    : p.startsWith("he")
      ? ["his", "himself"]
      : [null, null];
  if (possessive === null) return step;
  return step
    .replace(new RegExp(`\\b${reflexive}\\b`, "gi"), "myself")
    .replace(new RegExp(`\\b${possessive}(?=\\s+[\\w'’-])`, "gi"), "my");
}

/** Word stems of four letters or more that say what a step is, not how it is phrased. */
const FUNCTION_WORDS = new Set(
  [
    "with",
    "that",
    "this",
    "these",
    "those",
    "them",
    "they",
    "their",
    "there",
    "then",
    "than",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "would",
    "could",
    "should",
    "have",
    "from",
    "into",
    "just",
    "only",
    "about",
    "some",
    "also",
    "each",
    "every",
    "been",
    "were",
    "your",
    "mine",
    "ours",
    "over",
    "back",
    "more",
    "most",
    "much",
    "very",
    "make",
  ].map((w) => w.slice(0, 6)),
);

export function stepWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
      .map((w) => w.slice(0, 6))
      .filter((w) => !FUNCTION_WORDS.has(w)),
  );
}

/** The verb a commitment line takes on: "log" in "I'll log every interrupt". */
export function commitVerb(line: string): string | null {
  const m = /\b(?:i'll|i’ll|i will|let me)\s+([a-z][a-z-]*)/i.exec(line);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Whether a persona's own commitment line says what the manager proposed: the same verb as the
 * step put to them (or, with no step, a verb the manager used), and at most one word of substance
 * the manager did not say (two for a plan that asks no step of them). "I'll re-estimate the rewrite with Wei" does not answer "you'll split the
 * work into smaller tickets", however many words they share.
 */
export function lineAnswers(line: string, managerText: string, step: string | null): boolean {
  const verb = commitVerb(line);
  if (verb === null) return false;
  const said = managerText.toLowerCase();
  if (
    step !== null
      ? (step.split(/\s+/)[0] ?? "").toLowerCase() !== verb
      : !new RegExp(`\\b${verb}\\b`).test(said)
  )
    return false;
  const words = stepWords(managerText);
  let fresh = 0;
  for (const w of stepWords(line)) if (!words.has(w)) fresh++;
  // A plan for both of them leaves a little more room: "I'll log every interrupt, with times, and
  // bring it" to "you and I review the interrupt log at our 1-on-1".
  return fresh <= (step === null ? 2 : 1);
}
