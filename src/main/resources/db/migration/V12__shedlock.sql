-- ShedLock's lock table: a scheduled job that must run once across instances
-- (auto-closing appeals, marking notices overdue) takes its row here first.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
