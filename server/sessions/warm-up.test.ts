import { beforeAll, describe, expect, it } from "vitest";
import type { Content } from "../content";
import { loadValidContent } from "../content/load-content";
import { detectMoves } from "../moves";
import { runWarmUp, typographic, warmUpLines, warmUpTasks } from "./warm-up";

const beyondLatin1 = (text: string) => [...text].some((c) => (c.codePointAt(0) ?? 0) > 0xff);

describe("typographic", () => {
  it.each([
    ["I don't think it's fair.", "I don\u2019t think it\u2019s fair."],
    ['You said "fine" twice.', "You said \u201cfine\u201d twice."],
    ["It slipped - again...", "It slipped \u2014 again\u2026"],
    ["'Done' is not done.", "\u2018Done\u2019 is not done."],
    ["What happened on Tuesday?", "What happened on Tuesday? \u2014"],
  ])("types %j as %j", (plain, typed) => {
    expect(typographic(plain)).toBe(typed);
  });
});

describe("the warm-up", () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadValidContent(".");
  });

  it("takes lines from every pattern and lint rule", () => {
    const lines = warmUpLines(content);
    for (const pattern of content.patterns.values()) {
      expect(lines).toContain(pattern.examples.good[0]?.text);
      expect(lines).toContain(pattern.antiPatterns[0]?.better);
    }
    for (const rule of content.lintRules.values())
      expect(lines).toContain(rule.examples.flagged[0]);
  });

  // The point of the typed forms is to run the same rules on text V8 stores two bytes a character:
  // a typed line read differently would warm other rules than the ones its plain form reaches.
  it("types every line beyond Latin-1, and the detectors read it as the plain line", () => {
    for (const line of warmUpLines(content)) {
      const typed = typographic(line);
      expect(beyondLatin1(typed), typed).toBe(true);
      expect(
        detectMoves(typed).map((m) => m.move),
        typed,
      ).toEqual(detectMoves(line).map((m) => m.move));
    }
  });

  it("runs every line and plays every scenario twice in each form", () => {
    const lines = warmUpLines(content).length;
    expect(warmUpTasks(content)).toHaveLength(2 * 2 * lines + 2 * 2 * content.scenarios.size);
  });

  it("runs on the library without an error", async () => {
    const tasks = warmUpTasks(content);
    const report = await runWarmUp(tasks);
    expect(report.tasks).toBe(tasks.length);
  });
});

describe("runWarmUp", () => {
  const busy = (ms: number) => () => {
    const until = performance.now() + ms;
    while (performance.now() < until) {}
  };

  it("lets the event loop run between slices", async () => {
    const done: number[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) => () => {
      busy(2)();
      done.push(i);
    });
    const running = runWarmUp(tasks, { sliceMs: 3 });
    let tasksDoneWhenOthersRan = -1;
    setImmediate(() => {
      setImmediate(() => {
        tasksDoneWhenOthersRan = done.length;
      });
    });
    const report = await running;
    expect(report.tasks).toBe(10);
    expect(tasksDoneWhenOthersRan).toBeGreaterThan(0);
    expect(tasksDoneWhenOthersRan).toBeLessThan(10);
  });

  it("stops when told to", async () => {
    let stop = false;
    const tasks = Array.from({ length: 10 }, () => () => {
      stop = true;
    });
    const report = await runWarmUp(tasks, { sliceMs: 0, stopped: () => stop });
    expect(report.tasks).toBe(1);
  });

  it("rejects with a task's error", async () => {
    const tasks = [
      () => {},
      () => {
        throw new Error("broken rule");
      },
    ];
    await expect(runWarmUp(tasks)).rejects.toThrow("broken rule");
  });
});
