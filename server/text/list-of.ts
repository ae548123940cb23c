/**
 * Items joined as a sentence says them: "a", "a and b", "a, b and c". No imports, so the web
 * client can use it too.
 */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
