import { useEffect, useId, useRef, useState } from "react";
import { signOut } from "../../api/auth";
import { messageOf } from "../../api/http";
import { rolesText } from "../../model/access";
import { paths } from "../../model/routes";
import { useAppStore } from "../../state/store";
import { Link } from "../Link";

/**
 * Who is signed in, with their roles, and Sign out (password mode). A disclosure button: it opens a
 * small panel, and Escape or a click elsewhere closes it.
 */
export function UserMenu() {
  const me = useAppStore((s) => s.me);
  const path = useAppStore((s) => s.path);
  const [open, setOpen] = useState(false);
  // A link in the panel moves to another page: the panel closes behind it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is what changed
  useEffect(() => setOpen(false), [path]);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const user = me?.user;
  if (!user || me.authMode !== "password") return null;
  const leave = async () => {
    setError(null);
    try {
      await signOut();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar-initial" aria-hidden="true">
          {user.displayName.trim().charAt(0).toUpperCase() || "?"}
        </span>
        <span className="user-menu-name">{user.displayName}</span>
        <span className="visually-hidden">: account</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">
          <strong>{user.displayName}</strong>
          {user.email && <span className="muted small block">{user.email}</span>}
        </p>
        <p className="small">
          <span className="muted">Roles: </span>
          {rolesText(user.roles)}
        </p>
        <p className="small">
          <Link to={paths.account()}>Your name and password</Link>
        </p>
        <button type="button" className="button" onClick={leave}>
          Sign out
        </button>
        {error && (
          <p role="alert" className="form-error small">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
