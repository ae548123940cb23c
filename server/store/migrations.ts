/**
 * Versioned schema changes, applied in order at start and recorded in schema_migrations.
 * Never edit a migration that has shipped: add a new one. SQL stays PostgreSQL-15-compatible
 * because PGlite embeds 18 but Debian's server is 15. Times are epoch milliseconds (float8) so
 * both drivers return plain numbers.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "users, practice sessions, branches, turns, events, scorecards",
    sql: `
      CREATE TABLE users (
        id text PRIMARY KEY,
        email text UNIQUE,
        display_name text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        password_hash text,
        created_at float8 NOT NULL
      );
      CREATE TABLE practice_sessions (
        id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        scenario_id text NOT NULL,
        seed integer NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('active', 'ended')),
        outcome text,
        active_branch_id text,
        last_seq integer NOT NULL DEFAULT 0,
        created_at float8 NOT NULL,
        updated_at float8 NOT NULL,
        ended_at float8
      );
      CREATE INDEX practice_sessions_user ON practice_sessions (user_id, created_at);
      CREATE TABLE branches (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        parent_branch_id text,
        fork_index integer,
        created_at float8 NOT NULL
      );
      CREATE TABLE turns (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        branch_id text NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        idx integer NOT NULL,
        speaker text NOT NULL CHECK (speaker IN ('manager', 'employee')),
        text text NOT NULL,
        status text NOT NULL CHECK (status IN ('complete', 'streaming', 'interrupted')),
        client_turn_id text,
        moves jsonb,
        state jsonb,
        created_at float8 NOT NULL,
        UNIQUE (session_id, seq),
        UNIQUE (session_id, client_turn_id)
      );
      CREATE INDEX turns_branch ON turns (branch_id, idx);
      CREATE TABLE session_events (
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at float8 NOT NULL,
        PRIMARY KEY (session_id, seq)
      );
      CREATE TABLE scorecards (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        branch_id text NOT NULL,
        pattern_id text NOT NULL,
        rubric_version text NOT NULL,
        overall integer NOT NULL,
        passed boolean NOT NULL,
        data jsonb NOT NULL,
        created_at float8 NOT NULL
      );
      CREATE INDEX scorecards_session ON scorecards (session_id);
    `,
  },
  {
    version: 2,
    name: "reply leases: which process is streaming a reply, and until when",
    sql: `
      ALTER TABLE turns ADD COLUMN lease_owner text;
      ALTER TABLE turns ADD COLUMN lease_until float8;
      CREATE INDEX turns_streaming ON turns (status) WHERE status = 'streaming';
    `,
  },
  {
    version: 3,
    name: "accounts: sign-in sessions, login throttle, invitations, cohorts, assignments, shares, reviews",
    sql: `
      CREATE TABLE auth_sessions (
        id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at float8 NOT NULL,
        last_seen_at float8 NOT NULL,
        expires_at float8 NOT NULL
      );
      CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        blocked_until float8 NOT NULL,
        updated_at float8 NOT NULL
      );
      CREATE TABLE cohorts (
        id text PRIMARY KEY,
        name text NOT NULL,
        created_by text REFERENCES users(id) ON DELETE SET NULL,
        created_at float8 NOT NULL
      );
      CREATE TABLE cohort_members (
        cohort_id text NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('facilitator', 'member')),
        added_at float8 NOT NULL,
        PRIMARY KEY (cohort_id, user_id, role)
      );
      CREATE INDEX cohort_members_user ON cohort_members (user_id);
      CREATE TABLE invitations (
        id text PRIMARY KEY,
        email text NOT NULL,
        roles text[] NOT NULL,
        cohort_id text REFERENCES cohorts(id) ON DELETE CASCADE,
        created_by text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at float8 NOT NULL,
        expires_at float8 NOT NULL,
        used_at float8,
        used_by text REFERENCES users(id) ON DELETE SET NULL
      );
      CREATE TABLE assignments (
        id text PRIMARY KEY,
        cohort_id text NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        scenario_id text NOT NULL,
        due_at float8,
        target_score integer NOT NULL CHECK (target_score BETWEEN 0 AND 100),
        min_attempts integer NOT NULL CHECK (min_attempts >= 1),
        max_attempts integer CHECK (max_attempts IS NULL OR max_attempts >= min_attempts),
        created_by text REFERENCES users(id) ON DELETE SET NULL,
        created_at float8 NOT NULL,
        UNIQUE (cohort_id, scenario_id)
      );
      CREATE TABLE session_shares (
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at float8 NOT NULL,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX session_shares_user ON session_shares (user_id);
      CREATE TABLE reviews (
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        reviewer_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('open', 'done')),
        created_at float8 NOT NULL,
        updated_at float8 NOT NULL,
        done_at float8,
        PRIMARY KEY (session_id, reviewer_id)
      );
      CREATE TABLE review_comments (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        author_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        turn_id text NOT NULL,
        text text NOT NULL,
        created_at float8 NOT NULL,
        updated_at float8 NOT NULL
      );
      CREATE INDEX review_comments_session ON review_comments (session_id, created_at);
      CREATE TABLE review_adjustments (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        author_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        pattern_id text NOT NULL,
        step_id text,
        machine_status text,
        status text,
        machine_score integer,
        score integer,
        reason text NOT NULL,
        created_at float8 NOT NULL,
        updated_at float8 NOT NULL,
        CHECK ((step_id IS NULL) = (score IS NOT NULL)),
        UNIQUE NULLS NOT DISTINCT (session_id, author_id, pattern_id, step_id)
      );
      CREATE INDEX review_adjustments_session ON review_adjustments (session_id)
    `,
  },
  {
    version: 4,
    name: "cohort mentors: a mentor invited into a cohort belongs to it as a mentor",
    sql: `
      ALTER TABLE cohort_members DROP CONSTRAINT cohort_members_role_check;
      ALTER TABLE cohort_members ADD CONSTRAINT cohort_members_role_check
        CHECK (role IN ('facilitator', 'member', 'mentor'))
    `,
  },
  {
    version: 5,
    name: "password resets: a single-use link an admin makes for someone who forgot their password",
    sql: `
      CREATE TABLE password_resets (
        id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_by text REFERENCES users(id) ON DELETE SET NULL,
        created_at float8 NOT NULL,
        expires_at float8 NOT NULL,
        used_at float8
      );
      CREATE INDEX password_resets_user ON password_resets (user_id)
    `,
  },
  {
    version: 6,
    name: "assignments removed softly: assigning the scenario again brings back its progress",
    sql: `
      ALTER TABLE assignments ADD COLUMN removed_at float8
    `,
  },
  {
    version: 7,
    name: "due dates are calendar days, the same day for everyone, instead of an instant",
    sql: `
      ALTER TABLE assignments ADD COLUMN due_date text
        CHECK (due_date IS NULL OR due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
      UPDATE assignments
        SET due_date = to_char(to_timestamp((due_at - 36000000) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        WHERE due_at IS NOT NULL;
      ALTER TABLE assignments DROP COLUMN due_at
    `,
  },
  {
    version: 8,
    name: "session holders: which connection may write a session, across processes",
    sql: `
      ALTER TABLE practice_sessions ADD COLUMN holder text
    `,
  },
  {
    version: 9,
    name: "deleted attempts: who deleted which scenario's attempt when, and who had it to review",
    // What a deleted attempt leaves behind for the cohort grid and the reviewers' inboxes: no
    // transcript, no score, no note; only who, which scenario, when, and whether it was reviewed.
    sql: `
      CREATE TABLE deleted_attempts (
        session_id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        scenario_id text NOT NULL,
        started_at float8 NOT NULL,
        first_line_at float8,
        reviewed boolean NOT NULL,
        deleted_at float8 NOT NULL
      );
      CREATE INDEX deleted_attempts_user ON deleted_attempts (user_id, scenario_id);
      CREATE TABLE deleted_attempt_reviewers (
        session_id text NOT NULL REFERENCES deleted_attempts(session_id) ON DELETE CASCADE,
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        shared_at float8 NOT NULL,
        review_status text CHECK (review_status IN ('open', 'done')),
        review_done_at float8,
        review_updated_at float8,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX deleted_attempt_reviewers_user ON deleted_attempt_reviewers (user_id)
    `,
  },
  {
    version: 10,
    name: "disabled accounts: an admin stops someone signing in, keeping their data",
    // Null while the account may sign in. Its sign-in sessions stay while it is disabled, so a
    // cookie from before is told why it is refused; enabling the account again ends them.
    sql: `
      ALTER TABLE users ADD COLUMN disabled_at float8;
      ALTER TABLE users ADD COLUMN disabled_by text REFERENCES users(id) ON DELETE SET NULL
    `,
  },
  {
    version: 11,
    name: "reviews seen: when the session's owner last opened a finished review",
    // A review done after this (done, reopened, done again) is new to the owner again.
    sql: `
      ALTER TABLE reviews ADD COLUMN owner_seen_at float8
    `,
  },
  {
    version: 12,
    name: "declined invitations: the invited person said no, and whoever invited them sees it",
    sql: `
      ALTER TABLE invitations ADD COLUMN declined_at float8
    `,
  },
  {
    version: 13,
    name: "cohort names: one creator's cohorts never share a name, however it is typed",
    // The database's half of CohortService's check (server/people/cohorts.ts, cohortNameKey): two
    // creates at once on PostgreSQL both passed it. cohort_name_key is that key in SQL: NFC,
    // JavaScript's whitespace (\s) trimmed and collapsed to one space, lower case. On a database
    // not in UTF8, where normalize() cannot run, it trims and collapses ASCII whitespace only: a
    // finer key, which never refuses a name the check allows. Cohorts that already share a name
    // keep the first-created one's; each later one becomes "name (2)", "name (3)"… in creation
    // order, or "name (n, its id)" when that name is taken as well. No semicolons below: the
    // runner splits statements on them.
    sql: String.raw`
      CREATE FUNCTION cohort_name_key(name text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN CASE WHEN current_setting('server_encoding') = 'UTF8'
          THEN lower(regexp_replace(regexp_replace(normalize(name, NFC),
            '^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', '', 'g'),
            '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g'))
          ELSE lower(regexp_replace(regexp_replace(name, '^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$', '', 'g'), '[\t\n\v\f\r ]+', ' ', 'g'))
        END;
      UPDATE cohorts c SET name = CASE
          WHEN NOT EXISTS (
            SELECT 1 FROM cohorts o WHERE o.created_by = d.created_by
              AND cohort_name_key(o.name) = cohort_name_key(d.name || ' (' || d.n || ')'))
            THEN d.name || ' (' || d.n || ')'
          ELSE d.name || ' (' || d.n || ', ' || c.id || ')'
        END
        FROM (
          SELECT id, created_by, name, row_number() OVER (
              PARTITION BY created_by, cohort_name_key(name) ORDER BY created_at, id) AS n
            FROM cohorts WHERE created_by IS NOT NULL
        ) d
        WHERE d.id = c.id AND d.n > 1;
      CREATE UNIQUE INDEX cohorts_creator_name ON cohorts (created_by, (cohort_name_key(name)))
    `,
  },
  {
    version: 14,
    name: "flag set-asides: a reviewer sets aside a machine flag they read as a false alarm, saying why",
    // One per reviewer and flag: a flag is its anti-pattern's id on a scorecard turn (a pattern
    // raises one per anti-pattern and turn). The machine's quote and title are kept as they were:
    // a set-aside matches the flag only while the scored turn still says those words, so after a
    // rewind it cannot land on another line. Deleting the row restores the flag.
    sql: `
      CREATE TABLE review_flag_set_asides (
        id text PRIMARY KEY,
        session_id text NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        author_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        pattern_id text NOT NULL,
        flag_id text NOT NULL,
        turn integer NOT NULL CHECK (turn >= 0),
        quote text NOT NULL,
        title text NOT NULL,
        critical boolean NOT NULL,
        reason text NOT NULL,
        created_at float8 NOT NULL,
        updated_at float8 NOT NULL,
        UNIQUE (session_id, author_id, pattern_id, flag_id, turn)
      );
      CREATE INDEX review_flag_set_asides_session ON review_flag_set_asides (session_id)
    `,
  },
  {
    version: 15,
    name: "comment replies: the manager (or a reviewer) answers a comment, and its reviewer is told",
    // A reply is a comment with the comment it answers as its parent (always a first comment: a
    // thread is one level deep), on the same line. replies_seen_at: when the reviewer last read the
    // replies in their threads; a reply after it waits for them, as an unfinished review does.
    sql: `
      ALTER TABLE review_comments ADD COLUMN parent_id text REFERENCES review_comments(id) ON DELETE CASCADE;
      CREATE INDEX review_comments_parent ON review_comments (parent_id);
      ALTER TABLE reviews ADD COLUMN replies_seen_at float8
    `,
  },
  {
    version: 16,
    name: "invitation names: the name a pasted 'Name <email>' list gave, for the pending list and sign-up",
    // Optional, and only a suggestion: the invited person types their own name on the sign-up page,
    // which this fills in. Invitations made before it have none, and show their email alone.
    sql: "ALTER TABLE invitations ADD COLUMN name text",
  },
  {
    version: 17,
    name: "the LLM judge's second opinion on a scorecard: asked, had or failed",
    // NULL: no model was configured (or LLM_JUDGE=off) when it was scored. Otherwise
    // {"status":"asked","model":…,"askedAt":…}, {"status":"done","opinion":{…}} or
    // {"status":"failed","model":…,"problem":…}; the rule score in `data` never changes.
    sql: "ALTER TABLE scorecards ADD COLUMN judge jsonb",
  },
];
