-- Failed logins per account and per client (ASVS V6 anti-automation): shared by every server of a cluster.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(80) NOT NULL PRIMARY KEY,
    failures INTEGER NOT NULL,
    first_failure TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    version BIGINT NOT NULL
);
