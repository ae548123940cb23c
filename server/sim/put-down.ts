/**
 * The persona's own ear for a put-down. The move detectors decide what a turn scores; the persona
 * must not reward an insult the detectors happened to read as a reflection ("Honestly you're nowhere
 * near Staff." is a sentence about the listener, like a reflection, but it judges them). A sentence
 * that says something disparaging about the listener, or treats what they care about with
 * contempt, is a put-down here, whatever else it is: it earns no trust, unlocks nothing, and hurts.
 *
 * The rule: a sentence aimed at the listener (you, your, you two) that carries a negative judgement
 * of them — a pejorative trait (careless, stubborn, greedy), a verdict on their standing (nowhere
 * near, not ready, not reliable), contempt for their motives (only care about, don't care, your
 * excuse), or a demand to stop that belittles (drop it, sick of it). Empathic sentences about what
 * happened to them ("you felt ignored", "you never get a break") are not judgements of them.
 * Pure; a small lexicon of judgements, not of scenario content.
 */

/** The sentence is aimed at the listener. */
const AT_LISTENER = /\b(?:you|you're|you've|you'll|you'd|your|yours|yourself|you two)\b/i;

/** Traits that judge the person, said of them: "you're careless", "you come across as arrogant". */
const PEJORATIVE =
  /\byou(?:'re| are| seem| sound| look| come across as| can be| have been|'ve been| were| get)\s+(?:[\w']+\s+){0,2}?(?:lazy|careless|sloppy|unreliable|unprofessional|difficult|stubborn|selfish|greedy|toxic|rude|arrogant|childish|immature|incompetent|useless|entitled|dramatic|defensive|hard to work with|a liability|a problem|the problem|embarrassing|annoying|pathetic|ridiculous|hopeless|abrasive|a bully|bossy|whiny|overreacting|too sensitive|oversensitive|a pain)\b/i;
/** A verdict on their standing or their motives. */
const VERDICT =
  /\b(?:nowhere near|not (?:even )?close to|not (?:a |an )?(?:reliable|good|strong|senior|team player|leader)|not ready for|(?:only|just) care(?:s)? about|don't (?:even )?care(?! for)|do not care(?! for)|couldn't care|checked out|abandon(?:ing|ed)?|ignore (?:other|everyone|the team|people|feedback)|(?:your|any) excuses?|act(?:ing)? like (?:children|kids|a child)|like (?:children|kids)|pick up your slack|your slack|because of you|your fault|sick of (?:it|you|this|hearing)|drop it|get over it|stop (?:whining|complaining|moaning|fighting)|everyone knows you|people are scared of you|the easy work|a step down)\b/i;

/** "I'm not saying you're careless", "you're not lazy": the judgement is denied. */
const DENIED =
  /\b(?:not saying|i don't think you(?:'re| are)|you(?:'re| are) not (?:being )?(?:lazy|careless|difficult|the problem|a problem)|nobody (?:thinks|is saying)|no one (?:thinks|is saying)|isn't about you being)\b/i;

function sentences(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[^.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    if (s.trim() === "") continue;
    out.push({ text: s, start: m.index ?? 0, end: (m.index ?? 0) + s.length });
  }
  return out;
}

/** The spans of the turn's put-down sentences (empty when there are none). */
export function putDowns(text: string): Array<{ start: number; end: number; label: boolean }> {
  return sentences(text)
    .filter(
      (s) =>
        AT_LISTENER.test(s.text) &&
        (PEJORATIVE.test(s.text) || VERDICT.test(s.text)) &&
        !DENIED.test(s.text),
    )
    .map((s) => ({
      start: s.start,
      end: s.end,
      // "You're careless", "you're being stubborn": a label on the person, not on what they did.
      label: /\byou(?:'re| are)\b/i.test(s.text) && PEJORATIVE.test(s.text),
    }));
}
