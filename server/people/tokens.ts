import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A secret for a cookie or an invitation link: 256 random bits. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/** What the database keeps instead of a token, so a leaked table signs no one in. */
export const tokenHash = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
