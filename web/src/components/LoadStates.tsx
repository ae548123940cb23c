import type { ReactNode } from "react";
import { paths } from "../model/routes";
import { Link } from "./Link";

export function Loading(props: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {props.label}…
    </div>
  );
}

/** What a missing page says: a raw `no session "…"` means nothing to the person reading it. */
export const NOT_FOUND_TEXT =
  "It may have been deleted, or the link is mistyped. Check the address, or start again from the menu.";

/**
 * A page or part that failed to load. A refusal (403) or something that is not there (404) is said
 * as such, with no "Try again" that could only fail the same way; anything else can be retried.
 */
export function ErrorState(props: {
  title?: string;
  message: string;
  onRetry?: () => void;
  /** The HTTP status of the failed request, when there was one. */
  httpStatus?: number;
}) {
  const refused = props.httpStatus === 403;
  const missing = props.httpStatus === 404;
  const title =
    (refused ? "Not open to you" : missing ? "Not found" : props.title) ?? "Something went wrong";
  const message = missing ? NOT_FOUND_TEXT : props.message;
  return (
    <div className="error-state" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {props.onRetry && !refused && !missing && (
        <button type="button" className="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
      {(refused || missing) && (
        <Link to="/" className="button">
          Go to the start
        </Link>
      )}
    </div>
  );
}

export function EmptyState(props: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <h2>{props.title}</h2>
      {props.children}
    </div>
  );
}

/**
 * A conversation that is not there (deleted, or a mistyped link), said the same way whether its
 * live page or its debrief was opened, with where the manager's conversations are.
 */
export function ConversationNotFound() {
  return (
    <div className="error-state" role="alert">
      <h2>This conversation could not be opened</h2>
      <p>It may have been deleted, or the link is mistyped.</p>
      <p className="not-found-links">
        <Link to={paths.history()} className="button">
          Your conversations in History
        </Link>
        <Link to="/" className="button">
          The scenario library
        </Link>
      </p>
    </div>
  );
}
