import type { ReactNode } from "react";

/**
 * Two attempts to set side by side: "Compare [one] with [another]". Shared by the debrief's
 * comparison of a conversation's branches and History's comparison of two conversations.
 */
export function PickTwo(props: {
  /** Prefix of the two selects' ids, unique on the page. */
  idPrefix: string;
  options: readonly { id: string; label: string }[];
  a: string;
  b: string;
  onA: (id: string) => void;
  onB: (id: string) => void;
  className?: string;
  /** After the two selects: what to do with the pair. */
  children?: ReactNode;
}) {
  const select = (side: "a" | "b", label: string, value: string, on: (id: string) => void) => (
    <div className="field">
      <label htmlFor={`${props.idPrefix}-${side}`}>{label}</label>
      <select id={`${props.idPrefix}-${side}`} value={value} onChange={(e) => on(e.target.value)}>
        {props.options.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className={`compare-pickers${props.className ? ` ${props.className}` : ""}`}>
      {select("a", "Compare", props.a, props.onA)}
      {select("b", "with", props.b, props.onB)}
      {props.children}
    </div>
  );
}
