import { describe, expect, it } from "vitest";
import { makeTurnId } from "./turn-id";

describe("makeTurnId", () => {
  it("uses randomUUID where the browser has it", () => {
    expect(makeTurnId({ randomUUID: () => "a-b", getRandomValues: (a) => a })).toBe("a-b");
  });
  it("falls back to 32 hex digits outside a secure context", () => {
    const id = makeTurnId({
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => {
        (a as unknown as Uint8Array).fill(171);
        return a;
      },
    });
    expect(id).toBe("ab".repeat(16));
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
