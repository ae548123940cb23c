import { describe, expect, it } from "vitest";
import { announcedReply, heldReplyNote, replyWaitNote, SLOW_REPLY_MS } from "./reply-wait";

describe("replyWaitNote", () => {
  it("says nothing for the first seconds, then that it is still waiting for the model", () => {
    expect(replyWaitNote(0, "")).toBeNull();
    expect(replyWaitNote(SLOW_REPLY_MS - 1, "")).toBeNull();
    expect(replyWaitNote(SLOW_REPLY_MS, "")).toBe("Still waiting for the model…");
    expect(replyWaitNote(30_000, "")).toBe("Still waiting for the model…");
  });
  it("says nothing once words stream, however long it took", () => {
    expect(replyWaitNote(30_000, "Honestly,")).toBeNull();
  });
});

describe("announcedReply", () => {
  it("names the speaker before the words", () => {
    expect(announcedReply("Dana Okafor", "Fine.", false)).toBe("Dana Okafor: Fine.");
    expect(announcedReply("Dana Okafor", "...", true)).toBe("Dana Okafor: (a silence)");
  });
  it("says an empty, cut-off reply is no reply, not a name and nothing", () => {
    expect(announcedReply("Dana Okafor", "", false)).toBe("Dana Okafor: (no reply)");
    expect(announcedReply("Dana Okafor", "  \n", false)).toBe("Dana Okafor: (no reply)");
  });
});

describe("heldReplyNote", () => {
  it("says the reply is coming, and when, by what is wrong with the connection", () => {
    expect(heldReplyNote("Priya Raman", "offline", "")).toBe(
      "Priya Raman's reply will arrive when you're back online.",
    );
    expect(heldReplyNote("Priya Raman", "reconnecting", "")).toBe(
      "Priya Raman's reply will arrive once the connection is back.",
    );
  });
  it("speaks of the rest once some words are shown", () => {
    expect(heldReplyNote("Priya Raman", "offline", "Honestly,")).toBe(
      "The rest of Priya Raman's reply will arrive when you're back online.",
    );
  });
});
