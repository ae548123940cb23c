import type { TranscriptFlag } from "../../model/debrief";
import { quotedLinkName } from "../../model/transcript";
import { TurnLink } from "./TurnLink";

/**
 * Under a flag for a problem spread over several of the manager's lines (a feedback sandwich over
 * turns): the earlier parts, each a link to its line with its words, so the flag on the closing
 * line does not read as if that line alone were the sandwich.
 */
export function FlagParts(props: {
  flag: TranscriptFlag;
  numberOf: (index: number) => number | undefined;
  /** Whose lines, as the page speaks: "your" on the debrief, "Sam Lee's" for a reviewer. */
  whose?: string;
}) {
  const parts = props.flag.parts ?? [];
  if (parts.length === 0) return null;
  return (
    <p className="small flag-parts">
      Spread over {props.whose ?? "your"} lines:{" "}
      {parts.map((p, i) => {
        const n = props.numberOf(p.index);
        return (
          <span key={p.index}>
            {i > 0 && ", "}
            <TurnLink
              index={p.index}
              name={quotedLinkName(n === undefined ? "an earlier line" : `turn ${n}`, p.quote)}
            >
              {n === undefined ? "an earlier line" : `turn ${n}`}
            </TurnLink>{" "}
            <q>{p.quote}</q>
          </span>
        );
      })}
      {", then this one."}
    </p>
  );
}
