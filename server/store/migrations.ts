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
];
