import { OUTCOME_LABELS as OUTCOME_LABEL_OF } from "../../../server/sessions/protocol.schema";
/** Words the client shows for content codes. */
export const LEVEL_LABELS: Record<string, string> = {
  L1: "1-on-1s and feedback",
  L2: "Conflict",
  L3: "Org design",
  L4: "Culture",
};

export const TRACK_LABELS: Record<string, string> = {
  manager: "Manager track",
  ic: "IC track",
};

export const levelLabel = (level: string) => LEVEL_LABELS[level] ?? level;
export const trackLabel = (track: string) => TRACK_LABELS[track] ?? track;

export const STEP_STATUS_LABELS: Record<string, { label: string; icon: string }> = {
  hit: { label: "Done", icon: "✓" },
  partial: { label: "Partly", icon: "◐" },
  missed: { label: "Missed", icon: "✕" },
  not_applicable: { label: "Not applicable", icon: "–" },
  /** In an attempt left by a rewind: the conversation stopped before the step (web/src/model/branches.ts). */
  not_reached: { label: "Not reached", icon: "…" },
};

export const BAND_LABELS: Record<string, { label: string; icon: string }> = {
  good: { label: "Good", icon: "▲" },
  fair: { label: "Fair", icon: "■" },
  poor: { label: "Poor", icon: "▼" },
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> = OUTCOME_LABEL_OF;

/**
 * What the "Conversation over" banner says after its title: the server's reason when it gave one
 * ("They shut down and stopped engaging."), which already says what the outcome's label says, else
 * the label. Both together read "They shut down. They shut down and stopped engaging."
 */
export function endedText(outcome: string | undefined, reason: string | undefined): string {
  if (reason?.trim()) return reason.trim();
  if (!outcome) return "";
  return `${OUTCOME_LABELS[outcome] ?? outcome}.`;
}
