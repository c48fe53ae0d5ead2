-- Public rules of sector funds and government schemes (GET /v1/funding-schemes), listed by position.
CREATE TABLE funding_schemes (
  id text PRIMARY KEY,
  position integer NOT NULL,
  body jsonb NOT NULL
);
