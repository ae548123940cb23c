import type { Content } from "../content";
import type { Store } from "../store";
import { AccountEvents } from "./account-events";
import { AccountService } from "./accounts";
import { CohortService } from "./cohorts";
import { ReviewService } from "./reviews";

export type AuthMode = "local" | "password";

export interface People {
  readonly mode: AuthMode;
  readonly accounts: AccountService;
  readonly cohorts: CohortService;
  readonly reviews: ReviewService;
  readonly events: AccountEvents;
}

/** The people services over one store. */
export async function createPeople(deps: {
  store: Store;
  content: Content;
  mode: AuthMode;
  clock?: () => number;
}): Promise<People> {
  const db = deps.store.db;
  const events = new AccountEvents();
  const clock = deps.clock ?? Date.now;
  const accounts = new AccountService({ db, events, clock });
  return {
    mode: deps.mode,
    accounts,
    cohorts: new CohortService({ db, content: deps.content, accounts, clock }),
    reviews: new ReviewService({ db, content: deps.content, clock }),
    events,
  };
}
