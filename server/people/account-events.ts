/**
 * What closes a user's open sockets: a sign-out ends one sign-in session, a role change all of them,
 * and so does an admin disabling the account.
 */
export type AccountChange =
  | { readonly reason: "signed_out"; readonly userId: string; readonly authSessionId: string }
  | { readonly reason: "roles_changed"; readonly userId: string }
  | { readonly reason: "disabled"; readonly userId: string };

/**
 * In-process notifications of account changes. Another process learns of them when its sockets
 * re-check their sign-in (see AccountService.stillValid).
 */
export class AccountEvents {
  private readonly listeners = new Set<(change: AccountChange) => void>();

  subscribe(listener: (change: AccountChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: AccountChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
