import { describe, expect, it } from "vitest";
import { annomiInHalf, ESCONV_BLOCK, esconvInHalf, parseHalf } from "./half";

describe("dev halves", () => {
  it("splits AnnoMI by even and odd transcript id", () => {
    expect(annomiInHalf("4", "a")).toBe(true);
    expect(annomiInHalf("4", "b")).toBe(false);
    expect(annomiInHalf("7", "b")).toBe(true);
    expect(annomiInHalf("7", undefined)).toBe(true);
  });

  it("splits ESConv by alternate blocks of consecutive utterances", () => {
    expect(esconvInHalf(0, "a")).toBe(true);
    expect(esconvInHalf(ESCONV_BLOCK - 1, "a")).toBe(true);
    expect(esconvInHalf(ESCONV_BLOCK, "b")).toBe(true);
    expect(esconvInHalf(2 * ESCONV_BLOCK, "a")).toBe(true);
    expect(esconvInHalf(5, undefined)).toBe(true);
  });

  it("reads the option", () => {
    expect(parseHalf("a")).toBe("a");
    expect(parseHalf(undefined)).toBeUndefined();
    expect(parseHalf("c")).toBeNull();
  });
});
