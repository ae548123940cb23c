import { describe, expect, it } from "vitest";
import { unstorableTextAt } from "./unstorable-text";

describe("unstorableTextAt", () => {
  it("finds a NUL or an unpaired surrogate, and names where", () => {
    expect(unstorableTextAt({ text: "hello\u0000world" })).toBe("text");
    expect(unstorableTextAt({ a: { b: ["ok", "bad \ud800 half"] } })).toBe("a.b.1");
    expect(unstorableTextAt("\udc00")).toBe("(value)");
    expect(unstorableTextAt({ "k\u0000": 1 })).toBe("k\u0000");
  });

  it("lets ordinary text through, emoji and accents included", () => {
    expect(
      unstorableTextAt({ text: "Tomás 👩🏽‍💻 said “no” — fine", n: 3, x: null }),
    ).toBeUndefined();
    expect(unstorableTextAt(["😀", { y: "محمد" }])).toBeUndefined();
  });
});
