import { exportUrl } from "../../api/sessions";

/**
 * "Export: Markdown · JSON", the session's downloads, on the debrief and on the review page. The
 * server words the file for whoever downloads it (the manager, or a reviewer: docs/roles.md).
 */
export function ExportLinks(props: { sessionId: string }) {
  return (
    <span className="export-links small">
      Export:{" "}
      <a href={exportUrl(props.sessionId, "md")} download>
        Markdown
      </a>{" "}
      ·{" "}
      <a href={exportUrl(props.sessionId, "json")} download>
        JSON
      </a>
    </span>
  );
}
