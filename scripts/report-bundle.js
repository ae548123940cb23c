// Prints the gzipped size of the JavaScript the library page loads first (the entry and its static
// imports), as the last line `initial-js-gz-kb=<n>` for scripts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../web/dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const files = new Set();
for (const m of html.matchAll(
  /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g,
)) {
  files.add(m[1]);
}
let bytes = 0;
for (const file of files) bytes += gzipSync(readFileSync(join(dist, file))).length;
console.log(`initial JS: ${[...files].join(", ")}`);
console.log(`initial-js-gz-kb=${(bytes / 1024).toFixed(1)}`);
