import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 7 (#7): a cause and its cost to someone else is an impact statement. "Because there was
 * no handover, Wei lost forty minutes" read as information only, and the docs' own example
 * scenario ended "still needed: the impact". The cost is time, sleep or a page for a named person
 * or the team; the cause names what the listener did or left undone.
 */
const moves = (text: string): MoveKind[] => detectMoves(text).map((m) => m.move);

describe("a cause, then its cost to someone else", () => {
  it.each([
    "Because there was no handover, Wei lost forty minutes at 2am finding out which migration had already run.",
    "Last Tuesday your on-call week ended without a handover, and Wei spent forty minutes at 02:10 working out which migration had run.",
    "Without a handover, the on-call engineer lost most of Saturday.",
    "with no runbook, priya burned two hours on the rollback",
    "Since you skipped the handover, Wei got woken up twice that night.",
    "You didn't update the ticket, and Ana waited three days for the review.",
    "Your deploy went out unannounced, so the mobile team couldn't test until Thursday.",
    "The alerts weren't documented, which meant Jo spent the whole evening guessing.",
    // The listener's part in an outage is still theirs.
    "Because you didn't renew the VPN certificate, Wei lost forty minutes.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("impact_statement");
  });
});

describe("a cost, then the cause", () => {
  it.each([
    "Wei was paged at 2am because there was no handover.",
    "Wei lost forty minutes because nobody had written down which migration ran.",
    "Sam waited two days on it since you didn't reply to the thread.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("impact_statement");
  });
});

describe("near-misses: no impact", () => {
  it.each([
    // A cost with no cause.
    "Wei lost forty minutes in traffic this morning.",
    "Wei spent forty minutes at the dentist, so he'll join late.",
    "Wei spent two days on the new dashboards and they look great.",
    // A cost whose cause is not what the listener did.
    "Wei lost forty minutes because the VPN was down.",
    "Wei was paged at 2am because the database ran out of disk.",
    // The same, the cause first (an older rule read any "because …, someone lost" as impact).
    "Because the VPN was down, Wei lost forty minutes.",
    "Since the database ran out of disk, Wei waited two hours for the restore.",
    "When the network went down, Ana missed the release.",
    "After the power cut, the on-call engineer lost most of Saturday.",
    // The listener's own cost: blame or an observation, not what it did to others.
    "You lost forty minutes at 2am because you didn't read the runbook.",
    "Because you didn't write a handover, you lost forty minutes the next morning.",
    "You didn't hand over, so you spent the whole evening guessing.",
    // The speaker's own cost, as small talk or a complaint, with no cause.
    "I lost forty minutes on the train this morning, sorry I'm late.",
    "I argued for you in calibration and I lost.",
    "Honestly I lost my whole evening and I'm sick of it.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("impact_statement");
  });
});
