-- Steps an employee marked done themselves (workplace learning, coaching, reading). Kept beside the path's body,
-- which a seed rewrites, so a completion survives a restart; reads lay them over the path.
CREATE TABLE step_completions (
  path_id text NOT NULL,
  step_id text NOT NULL,
  employee_id text NOT NULL REFERENCES employees (id),
  completed_at timestamptz NOT NULL,
  PRIMARY KEY (path_id, step_id)
);
CREATE INDEX step_completions_employee_idx ON step_completions (employee_id);

-- Idempotency keys now also answer step completions, which belong to no request.
ALTER TABLE idempotency_keys ALTER COLUMN request_id DROP NOT NULL;
