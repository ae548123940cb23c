import { flagPartsByLine, quotedPart, type TranscriptFlag } from "../../model/debrief";
import { quotedLinkName } from "../../model/transcript";
import { TurnLink } from "./TurnLink";

/**
 * Under a flag for a problem spread over several of the manager's lines (a feedback sandwich over
 * turns): the earlier parts, each a link to its line with its words, so the flag on the closing
 * line does not read as if that line alone were the sandwich. Parts in one line share its link.
 */
export function FlagParts(props: {
  flag: TranscriptFlag;
  numberOf: (index: number) => number | undefined;
  /** Whose lines, as the page speaks: "your" on the debrief, "Sam Lee's" for a reviewer. */
  whose?: string;
}) {
  const lines = flagPartsByLine(props.flag.parts ?? []);
  if (lines.length === 0) return null;
  return (
    <p className="small flag-parts">
      Spread over {props.whose ?? "your"} lines:{" "}
      {lines.map((line, i) => {
        const n = props.numberOf(line.index);
        const label = n === undefined ? "an earlier line" : `turn ${n}`;
        return (
          <span key={line.index}>
            {i > 0 && ", "}
            <TurnLink index={line.index} name={quotedLinkName(label, line.quotes[0] ?? "")}>
              {label}
            </TurnLink>{" "}
            {line.quotes.map(quotedPart).join(" and ")}
          </span>
        );
      })}
      {", then this one."}
    </p>
  );
}
