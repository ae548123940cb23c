import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The pure engines (moves/, sim/, rubric/) import schema files and each other, never I/O, a
 * transport, the database or the service layer (STYLE.md §1–2).
 */
const ROOT = resolve(import.meta.dirname, "..");
const PURE_FOLDERS = ["server/moves", "server/sim", "server/rubric"];
const EDGE_FOLDERS = ["server/store", "server/sessions", "server/http", "server/cli"];
const FORBIDDEN_PACKAGES = ["fastify", "openai", "pg", "@electric-sql/pglite"];
/** The one file that talks to a model; it receives its client as an argument but needs the types. */
const OPENAI_ALLOWED = new Set(["server/sim/llm-responder.ts"]);
const BUILTINS = new Set(builtinModules);

const IMPORT_SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every module specifier a source file imports, re-exports, dynamically imports or requires. */
function readImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) out.push(spec);
  }
  return out;
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? spec);
}

/** Why an import breaks the boundary, or null when it is allowed. `file` is relative to the repo. */
function boundaryViolation(file: string, spec: string): string | null {
  if (spec.startsWith("node:") || BUILTINS.has(packageName(spec))) {
    return `${file}: imports the node builtin "${spec}"`;
  }
  const pkg = packageName(spec);
  if (pkg.startsWith("@fastify/")) return `${file}: imports "${spec}"`;
  if (FORBIDDEN_PACKAGES.includes(pkg)) {
    if (pkg === "openai" && OPENAI_ALLOWED.has(file)) return null;
    return `${file}: imports "${spec}"`;
  }
  if (spec.startsWith(".")) {
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
      .split(sep)
      .join("/");
    for (const edge of EDGE_FOLDERS) {
      if (target === edge || target.startsWith(`${edge}/`) || target === `${edge}.ts`) {
        return `${file}: imports "${spec}" from ${edge}/`;
      }
    }
    if (target === "server/cli" || target === "server/cli.ts") {
      return `${file}: imports the CLI "${spec}"`;
    }
  }
  return null;
}

function listSources(folder: string): string[] {
  const abs = join(ROOT, folder);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    const full = join(entry.parentPath, entry.name);
    out.push(relative(ROOT, full).split(sep).join("/"));
  }
  return out.sort();
}

describe("engine boundary", () => {
  it("keeps moves/, sim/ and rubric/ free of I/O, transports, the database and services", () => {
    const violations: string[] = [];
    for (const folder of PURE_FOLDERS) {
      for (const file of listSources(folder)) {
        const source = readFileSync(join(ROOT, file), "utf8");
        for (const spec of readImports(source)) {
          const why = boundaryViolation(file, spec);
          if (why) violations.push(why);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("checks at least the move detectors", () => {
    expect(listSources("server/moves").length).toBeGreaterThan(0);
  });

  it.each([
    ["server/moves/a.ts", 'import { readFileSync } from "node:fs";'],
    ["server/moves/a.ts", 'import fs from "fs";'],
    ["server/moves/a.ts", 'import type { Path } from "path/posix";'],
    ["server/rubric/a.ts", 'import Fastify from "fastify";'],
    ["server/rubric/a.ts", 'import ws from "@fastify/websocket";'],
    ["server/sim/a.ts", 'import OpenAI from "openai";'],
    ["server/sim/llm-responder.ts", 'import { readFile } from "node:fs/promises";'],
    ["server/sim/a.ts", 'import { Pool } from "pg";'],
    ["server/sim/a.ts", 'import { PGlite } from "@electric-sql/pglite";'],
    ["server/sim/a.ts", 'import { openStore } from "../store/index";'],
    ["server/rubric/a.ts", 'export { x } from "../sessions/service";'],
    ["server/rubric/a.ts", 'const h = await import("../http/app");'],
    ["server/moves/a.ts", 'import "../cli";'],
  ])("flags %s: %s", (file, source) => {
    const found = readImports(source).map((s) => boundaryViolation(file, s));
    expect(found.some((v) => v !== null)).toBe(true);
  });

  it.each([
    ["server/sim/llm-responder.ts", 'import type OpenAI from "openai";'],
    ["server/rubric/a.ts", 'import { detectMoves } from "../moves";'],
    ["server/rubric/a.ts", 'import { z } from "zod";'],
    ["server/sim/a.ts", 'import type { Move } from "../moves/move.schema";'],
    ["server/moves/a.ts", 'import { restore } from "./restore";'],
  ])("allows %s: %s", (file, source) => {
    const found = readImports(source).map((s) => boundaryViolation(file, s));
    expect(found).toEqual([null]);
  });
});

/**
 * The web client bundles every module it imports, the server's schema files included. Its packages
 * are React, zustand, zod and uPlot (the charts, loaded with the pages that draw them); a server module that pulls in anything else (the regex analyser
 * behind content validation once did: 1.2 MB, the first page's script from 105 to 357 KB gzipped)
 * ends up in every browser.
 */
const CLIENT_PACKAGES = new Set(["react", "react-dom", "zustand", "zod", "uplot"]);
const VALUE_IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The file a relative specifier names, as Vite resolves it (.ts, .tsx, a folder's index). */
function resolveSource(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
    base,
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every package the client reaches from its entry, static and lazy imports alike (type imports are erased). */
function clientPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3]) as string;
      if (spec.startsWith(".")) {
        if (/\.(?:css|svg|png)$/.test(spec)) continue;
        const target = resolveSource(file, spec);
        if (target) todo.push(target);
        else packages.set(`unresolved ${spec}`, relative(ROOT, file));
      } else if (!packages.has(packageName(spec))) {
        packages.set(packageName(spec), relative(ROOT, file));
      }
    }
  }
  return packages;
}

describe("web client's packages", () => {
  it("bundles only React, zustand, zod and uPlot, whatever server schema it imports", () => {
    const found = clientPackages(join(ROOT, "web/src/main.tsx"));
    const foreign = [...found].filter(([pkg]) => !CLIENT_PACKAGES.has(pkg));
    expect(foreign.map(([pkg, file]) => `${pkg} (imported by ${file})`)).toEqual([]);
    expect([...found.keys()].sort()).toEqual([...CLIENT_PACKAGES].sort());
  });

  it("would see a package a server schema pulls in", () => {
    // The content schemas' regex check, imported the way the client imports briefing.schema.
    const found = clientPackages(join(ROOT, "server/content/regex.schema.ts"));
    expect([...found.keys()]).toEqual(expect.arrayContaining(["zod", "refa", "scslre"]));
  });
});
