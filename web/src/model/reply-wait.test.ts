import { describe, expect, it } from "vitest";
import { announcedReply, replyWaitNote, SLOW_REPLY_MS } from "./reply-wait";

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
