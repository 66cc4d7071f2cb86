-- SPEC 5.4: the address an account's identity-provider link is made to, and its lower-cased key while
-- the link is VERIFIED. The key is unique (NULLs allowed many times), so that a token of an external
-- issuer (SPEC 6) maps to one account at most.
ALTER TABLE app_user ADD COLUMN idp_email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN idp_email_key VARCHAR(254);
ALTER TABLE app_user ADD CONSTRAINT app_user_idp_email_uq UNIQUE (idp_email_key);

-- SPEC 5.3: what the employment-based activation job did to the account: whether the account is
-- inactive because of the job (a person's change clears it), and the employment end it last acted on.
ALTER TABLE app_user ADD COLUMN activation_job_deactivated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN activation_job_end DATE;
