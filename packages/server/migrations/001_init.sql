-- Catalogue: one row per course, with a tombstone (deleted = true) kept so `?since=` deltas can report removals.
CREATE TABLE catalogue_state (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL
);
INSERT INTO catalogue_state (id, revision) VALUES (1, 0);

CREATE TABLE courses (
  id text PRIMARY KEY,
  provider_id text,
  revision bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  -- The course as served; not checked against the contract here, so tests can plant a bad record.
  body jsonb NOT NULL
);
CREATE INDEX courses_revision_idx ON courses (revision);
CREATE INDEX courses_provider_idx ON courses (provider_id);

CREATE TABLE employees (
  id text PRIMARY KEY,
  -- SHA-256 of the bearer token, so the database never holds a usable token.
  token_sha256 text NOT NULL UNIQUE,
  profile jsonb NOT NULL,
  budget_pots jsonb NOT NULL
);

CREATE TABLE learning_paths (
  id text PRIMARY KEY,
  employee_id text NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
  position integer NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX learning_paths_employee_idx ON learning_paths (employee_id);
