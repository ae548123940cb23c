/** A mentor of one of my cohorts, as the share dialog offers them. */
export interface MentorChoice {
  id: string;
  displayName: string;
  email: string;
  /** The cohorts (names) where they are a mentor and I practise. */
  cohorts: string[];
}

/**
 * The mentors of the cohorts I practise in, to offer in "Share with a mentor": each once (with
 * every cohort they mentor me in), by name; never me, never someone without an email (nothing to
 * share with), and never someone the session is already shared with (they are listed under
 * "Shared with").
 */
export function mentorChoices(
  cohorts: readonly {
    name: string;
    mentors?: readonly { id: string; displayName: string; email: string | null }[] | undefined;
  }[],
  sharedWith: readonly string[],
  meId: string | null,
): MentorChoice[] {
  const byId = new Map<string, MentorChoice>();
  for (const cohort of cohorts)
    for (const m of cohort.mentors ?? []) {
      if (m.email === null || m.id === meId || sharedWith.includes(m.id)) continue;
      const known = byId.get(m.id);
      if (known) {
        if (!known.cohorts.includes(cohort.name)) known.cohorts.push(cohort.name);
      } else
        byId.set(m.id, {
          id: m.id,
          displayName: m.displayName,
          email: m.email,
          cohorts: [cohort.name],
        });
    }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
