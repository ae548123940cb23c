/**
 * A client-made turn id (letters, digits and dashes, as the protocol asks). crypto.randomUUID exists
 * only in secure contexts, and a team may open Flightdeck over plain http on a LAN address, so fall
 * back to getRandomValues, which works everywhere.
 */
export function makeTurnId(
  source: Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string } = crypto,
): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
