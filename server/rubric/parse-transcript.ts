import { type Transcript, TranscriptSchema, type TranscriptTurn } from "../moves/move.schema";

export type TranscriptFormat = "json" | "markdown";

export type ParsedTranscript =
  | { readonly ok: true; readonly transcript: Transcript }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `**Manager:** text`, `**Employee**: text`, optionally as a list item ("- **Manager:** …"). */
const SPEAKER_LINE = /^\s*(?:[-*+]\s+)?\*\*\s*([^*:]+?)\s*(?::\s*\*\*|\*\*\s*:)\s?(.*)$/;
const SPEAKERS: Readonly<Record<string, TranscriptTurn["speaker"]>> = {
  manager: "manager",
  employee: "employee",
};

function parseMarkdown(text: string): ParsedTranscript {
  const turns: { speaker: TranscriptTurn["speaker"]; lines: string[] }[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = SPEAKER_LINE.exec(line);
    if (m) {
      const name = (m[1] as string).toLowerCase();
      const speaker = SPEAKERS[name];
      if (!speaker) {
        problems.push(`line ${i + 1}: unknown speaker "${m[1]}" (expected Manager or Employee)`);
        return;
      }
      turns.push({ speaker, lines: [(m[2] as string).trim()] });
      return;
    }
    const trimmed = line.trim();
    // Headings and blank lines carry no speech; any other line continues the current turn.
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const current = turns[turns.length - 1];
    if (current) current.lines.push(trimmed);
    else problems.push(`line ${i + 1}: expected a "**Manager:**" or "**Employee:**" line first`);
  });
  if (problems.length > 0) return { ok: false, problems };
  return finish({
    turns: turns.map((t) => ({ speaker: t.speaker, text: t.lines.filter(Boolean).join("\n") })),
  });
}

function parseJson(text: string): ParsedTranscript {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`not valid JSON: ${(err as Error).message}`] };
  }
  const result = TranscriptSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(
        (issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`,
      ),
    };
  }
  return finish(result.data);
}

function finish(transcript: Transcript): ParsedTranscript {
  if (transcript.turns.length === 0)
    return { ok: false, problems: ["the transcript has no turns"] };
  const empty = transcript.turns.findIndex((t) => t.text.trim() === "");
  if (empty >= 0) return { ok: false, problems: [`turns.${empty}.text: the turn is empty`] };
  return { ok: true, transcript };
}

/**
 * A transcript from a file's text: JSON `{"turns":[{"speaker","text"}]}` or Markdown with
 * `**Manager:**` / `**Employee:**` lines (a line without a speaker continues the turn above). The
 * format is sniffed from the first character when not given. Problems name the line or the field.
 */
export function parseTranscript(text: string, format?: TranscriptFormat): ParsedTranscript {
  const chosen = format ?? (text.trimStart().startsWith("{") ? "json" : "markdown");
  return chosen === "json" ? parseJson(text) : parseMarkdown(text);
}
