import type { ReactNode } from "react";

export function Loading(props: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {props.label}…
    </div>
  );
}

export function ErrorState(props: { title?: string; message: string; onRetry?: () => void }) {
  return (
    <div className="error-state" role="alert">
      <h2>{props.title ?? "Something went wrong"}</h2>
      <p>{props.message}</p>
      {props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          Try again
        </button>
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
