-- Rate-limit buckets of sign-in, registration, the public pass keys and unknown device tokens
-- (Bucket4j's PostgreSQL proxy manager), shared by every instance. A row is a bucket's state,
-- keyed by what it limits ("signin-address:203.0.113.7"); expires_at (epoch milliseconds) is when
-- the bucket would be full again, after which the cleanup job removes it.
CREATE TABLE security_throttle (
    id         VARCHAR(200) NOT NULL,
    state      BYTEA,
    expires_at BIGINT,
    CONSTRAINT security_throttle_pk PRIMARY KEY (id)
);

CREATE INDEX security_throttle_expires_at_idx ON security_throttle (expires_at);
