-- Team and organisation views: the department an employee belongs to (for HR's groups), why a request was
-- declined (a code HR can count), and the indexes the team and insight queries read by.
ALTER TABLE employees ADD COLUMN department text;
CREATE INDEX employees_manager_idx ON employees (manager_id);
CREATE INDEX employees_department_idx ON employees (department);
ALTER TABLE requests ADD COLUMN decline_reason text;
CREATE INDEX requests_created_idx ON requests (created_at);
CREATE INDEX ledger_entries_kind_at_idx ON ledger_entries (kind, at);

-- What the generated demo organisation was last written for (day, size, seed): a restart on the same day skips it.
CREATE TABLE organisation_state (
  id integer PRIMARY KEY CHECK (id = 1),
  fingerprint text NOT NULL
);
