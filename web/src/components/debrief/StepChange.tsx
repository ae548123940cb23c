import type { StepChange } from "../../model/step-change";
import { StatusPill } from "./StepEvidence";

/** A step's status in words with its icon, or a dash where the attempt has none. */
export function StepStatus(props: { status: string | null | undefined }) {
  if (!props.status) return <span className="muted">—</span>;
  return <StatusPill status={props.status} />;
}

/** What the change from one attempt to the other comes to, in words ("better than before"). */
export const CHANGE_WORDS: Readonly<Record<StepChange, string>> = {
  better: "better",
  worse: "worse",
  same: "the same",
};
