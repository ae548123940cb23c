import { live } from "../../api/live";
import { useAppStore } from "../../state/store";
import { focusMessageBox } from "./focus-message";

const TEXT = {
  connecting: "Connecting…",
  open: "Connected",
  reconnecting: "Reconnecting… your conversation is saved",
  offline: "Offline: it resumes when the network is back",
  taken_over: "Open in another tab",
  closed: "Not connected",
} as const;

/** The socket's state in words (with a shape, not only a colour) and what the manager can do about it. */
export function ConnectionStatus(props: { sessionId: string }) {
  const connection = useAppStore((s) => s.connection);
  return (
    <div className={`connection connection-${connection}`}>
      <span role="status" className="connection-text">
        <span className="connection-dot" aria-hidden="true" />
        {TEXT[connection]}
      </span>
      {/* Each button goes once it has done its work: focus goes to the message box first, where
          the draft is waiting, not to <body> (review 7 #5). */}
      {connection === "reconnecting" && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            focusMessageBox();
            live.retryNow();
          }}
        >
          Retry now
        </button>
      )}
      {connection === "taken_over" && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            focusMessageBox();
            live.open(props.sessionId, { takeOver: true });
          }}
        >
          Continue here
        </button>
      )}
    </div>
  );
}
