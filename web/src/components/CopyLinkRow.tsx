import { useRef, useState } from "react";

/**
 * A link to pass on (an invitation, a password link): read-only, selected on focus, with Copy. The
 * Copy button says "Copied" once the clipboard took it; without clipboard access (an insecure
 * origin, say) the link is left selected for Ctrl+C. Key it by the URL so a new link starts afresh.
 */
export function CopyLinkRow(props: {
  id: string;
  url: string;
  /** The field's name when no visible label points at it. */
  ariaLabel?: string;
  /** For screen readers, after "Copy": "the link for ana@example.com". */
  copyWhat?: string;
}) {
  const box = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(props.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="invite-link-row">
      <input
        id={props.id}
        ref={box}
        type="text"
        readOnly
        value={props.url}
        aria-label={props.ariaLabel}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        {copied ? "Copied" : "Copy"}
        {props.copyWhat && <span className="visually-hidden"> {props.copyWhat}</span>}
      </button>
    </div>
  );
}
