-- D5, D6 (SPEC revision 2): platform support's exceptional grant records who requested it.
ALTER TABLE role_grant ADD COLUMN requested_by VARCHAR(100);
