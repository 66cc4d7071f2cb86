-- D13: a client company remembers the company it was opened under.
ALTER TABLE company ADD COLUMN opened_under_id BIGINT REFERENCES company (id);
