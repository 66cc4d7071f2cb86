-- The access rules of SPEC 1 and 3 (SUPPORT, CHECK, AUDIT) are recorded by id next to D1-D18.
ALTER TABLE audit_event ALTER COLUMN rule_id SET DATA TYPE VARCHAR(10);
