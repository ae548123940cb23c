/**
 * Two halves of the dev part, for checking that a rule written while reading the errors of one
 * half does not hurt the other (`npm run eval:moves -- --data … --half a|b`).
 *
 * AnnoMI splits by transcript id: even ids are half a, odd ids half b. ESConv's file gives no
 * conversation id, but its lines run conversation by conversation (a greeting, the talk, a
 * goodbye), so it splits by blocks of consecutive utterances: blocks 0, 2, 4 … are half a. A block
 * is longer than most conversations, so a conversation lies in one half or is cut once at a block's
 * edge; alternate lines would put every conversation in both halves.
 */
export type Half = "a" | "b";

/** Utterances per ESConv block (the dev file has about 15–20 supporter turns a conversation). */
export const ESCONV_BLOCK = 40;

export function parseHalf(value: string | undefined): Half | undefined | null {
  if (value === undefined) return undefined;
  return value === "a" || value === "b" ? value : null;
}

/** Whether an AnnoMI transcript belongs to the half; every transcript does without one. */
export function annomiInHalf(transcriptId: string, half: Half | undefined): boolean {
  if (half === undefined) return true;
  return (Number(transcriptId) % 2 === 0) === (half === "a");
}

/** Whether the ESConv utterance at `index` (0-based, in file order) belongs to the half. */
export function esconvInHalf(index: number, half: Half | undefined): boolean {
  if (half === undefined) return true;
  return (Math.floor(index / ESCONV_BLOCK) % 2 === 0) === (half === "a");
}
