-- Requests, approvals and a ledger behind every pot. A pot's numbers are kept beside its append-only ledger,
-- in the same transaction as each entry, and CHECK constraints make an overdraft impossible.
ALTER TABLE employees ADD COLUMN manager_id text;
ALTER TABLE employees ADD COLUMN is_hr boolean NOT NULL DEFAULT false;

CREATE TABLE pots (
  id text PRIMARY KEY,
  employee_id text NOT NULL REFERENCES employees (id),
  position integer NOT NULL,
  -- The pot as served, without its numbers (name, kind, funder, unit, dates, rules).
  definition jsonb NOT NULL,
  total numeric(14, 2) NOT NULL CHECK (total >= 0),
  spent numeric(14, 2) NOT NULL CHECK (spent >= 0),
  reserved numeric(14, 2) NOT NULL CHECK (reserved >= 0),
  CHECK (spent + reserved <= total)
);
CREATE INDEX pots_employee_idx ON pots (employee_id);

CREATE TABLE ledger_entries (
  id bigserial PRIMARY KEY,
  pot_id text NOT NULL REFERENCES pots (id),
  kind text NOT NULL CHECK (kind IN ('granted', 'reserved', 'released', 'spent', 'expired')),
  amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
  request_id text,
  at timestamptz NOT NULL,
  total_after numeric(14, 2) NOT NULL,
  spent_after numeric(14, 2) NOT NULL,
  reserved_after numeric(14, 2) NOT NULL
);
CREATE INDEX ledger_entries_pot_idx ON ledger_entries (pot_id, id);

-- Seats of offerings with a limited number of places; offerings without a row have no limit.
CREATE TABLE offering_seats (
  offering_id text PRIMARY KEY,
  course_id text NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 0),
  held integer NOT NULL DEFAULT 0,
  CHECK (held >= 0 AND held <= capacity)
);

CREATE TABLE requests (
  id text PRIMARY KEY,
  -- Creation order, for "newest first" when two requests share a timestamp.
  seq bigserial UNIQUE,
  employee_id text NOT NULL REFERENCES employees (id),
  course_id text NOT NULL,
  offering_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted', 'approved', 'completed', 'declined', 'cancelled', 'expired')),
  holds_seat boolean NOT NULL,
  enrolment_deadline date,
  version integer NOT NULL,
  -- Course title, offering start, price, lines, approvers, history, motivation: the rest of the answer.
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX requests_employee_idx ON requests (employee_id, seq);
CREATE INDEX requests_open_idx ON requests (status, enrolment_deadline);

CREATE TABLE request_lines (
  request_id text NOT NULL REFERENCES requests (id),
  pot_id text NOT NULL REFERENCES pots (id),
  amount numeric(14, 2) NOT NULL CHECK (amount > 0),
  PRIMARY KEY (request_id, pot_id)
);

-- Who may decide a request: one row per approver (a manager by id, or the HR role).
CREATE TABLE request_approvers (
  request_id text NOT NULL REFERENCES requests (id),
  role text NOT NULL,
  user_id text,
  UNIQUE (request_id, role)
);

-- One answer per key and employee: a retried POST replays it, another body with the same key is refused.
CREATE TABLE idempotency_keys (
  employee_id text NOT NULL,
  key text NOT NULL,
  body_sha256 text NOT NULL,
  request_id text NOT NULL REFERENCES requests (id),
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (employee_id, key)
);

-- Pots written before this migration move into the ledger: one opening entry per number they had.
INSERT INTO pots (id, employee_id, position, definition, total, spent, reserved)
SELECT pot ->> 'id', employees.id, position - 1,
       pot - 'total' - 'spent' - 'reserved' - 'available',
       (pot ->> 'total')::numeric, (pot ->> 'spent')::numeric, (pot ->> 'reserved')::numeric
  FROM employees, jsonb_array_elements(budget_pots) WITH ORDINALITY AS listed (pot, position);
INSERT INTO ledger_entries (pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after)
SELECT id, 'granted', total, NULL, now(), total, 0, 0 FROM pots;
INSERT INTO ledger_entries (pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after)
SELECT id, 'spent', spent, NULL, now(), total, spent, 0 FROM pots WHERE spent > 0;
INSERT INTO ledger_entries (pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after)
SELECT id, 'reserved', reserved, NULL, now(), total, spent, reserved FROM pots WHERE reserved > 0;
ALTER TABLE employees DROP COLUMN budget_pots;
