import { describe, expect, it } from "vitest";
import { detectTopics } from "./detect-topics";
import type { Topic } from "./move.schema";

describe("detectTopics", () => {
  it.each([
    ["You've been on call for nine of the last thirteen weeks.", "incident"],
    ["The postmortem for Tuesday's outage is due Friday.", "incident"],
    ["How is the workload looking with three projects on your plate?", "workload"],
    ["The launch date slipped again.", "deadlines"],
    ["Let's talk about your promotion packet for the next cycle.", "promotion"],
    ["Where do you want your career to go in two years?", "career"],
    ["How are you sleeping? Take the time off if you need it.", "health"],
    ["The flaky tests keep breaking the build.", "quality"],
    ["The salary bands were set by the org.", "compensation"],
    ["What should our OKRs be for next quarter?", "goals"],
  ] as const)("%s → %s", (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });

  it.each([
    ["Thanks for covering the demo.", "incident"],
    ["Let's grab coffee.", "workload"],
    ["Great question.", "promotion"],
    ["The design doc reads well.", "compensation"],
  ] as const)("does not read %s as %s", (text, topic: Topic) => {
    expect(detectTopics(text)).not.toContain(topic);
  });

  it("lists topics in TOPICS order without duplicates", () => {
    const topics = detectTopics("The incident hurt the deadline and the team's workload.");
    expect(topics).toEqual([...new Set(topics)]);
    expect(topics.indexOf("workload")).toBeLessThan(topics.indexOf("incident"));
  });
});
