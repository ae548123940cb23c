import type { StateCreator } from "zustand";
import type { PublicUser, RoleName } from "../../../server/people/people.schema";
import type { AppState } from "./store";

export type { RoleName };

/**
 * Who is using the client, as `GET /api/me` says. `authMode` "local" is the one-user start
 * (`npm start`): `user` is the local user holding every role and there is no sign-in. In "password"
 * mode `user` is null while signed out.
 */
export interface Me {
  authMode: "local" | "password";
  user: PublicUser | null;
  /** A member or mentor of a cohort (`GET /api/me` says; sign-in answers leave it out). */
  inCohorts?: boolean;
}

export interface AuthSlice {
  /**
   * null until the first `GET /api/me` answers. The app shows no page before then (no flash of a
   * page the person may not see), so pages rendered inside it can treat null as "not yet known".
   */
  me: Me | null;
  /** Why `GET /api/me` failed (the server is down, say); the app offers a retry. */
  meError: string | null;
  setMe: (me: Me) => void;
  setMeError: (message: string | null) => void;
  /**
   * The sign-in ended behind the page's back (another tab signed out, the password was changed,
   * it expired), not by this page's Sign out: the sign-in page says so. "disabled": an admin
   * disabled the account, which the sign-in page says instead.
   */
  signInEnded: boolean | "disabled";
  setSignInEnded: (ended: boolean | "disabled") => void;
}

export const createAuthSlice: StateCreator<AppState, [], [], AuthSlice> = (set) => ({
  me: null,
  meError: null,
  setMe: (me) => set({ me, meError: null }),
  setMeError: (meError) => set({ meError }),
  signInEnded: false,
  setSignInEnded: (signInEnded) => set({ signInEnded }),
});
