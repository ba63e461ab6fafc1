-- The district's coordination queue (产业链保供): a key supply-chain firm's open
-- demand that nobody answered within 24 hours becomes one item, with the
-- official who owns it, their notes and the outcome.
CREATE TABLE market_coordination (
  id             bigserial     PRIMARY KEY,
  post_id        bigint        NOT NULL REFERENCES market_post (id),
  enterprise_id  bigint        NOT NULL,
  district_code  varchar(12)   NOT NULL,
  owner          varchar(50),
  notes          varchar(4000) NOT NULL DEFAULT '',
  outcome        varchar(500),
  created_at     timestamptz   NOT NULL,
  closed_at      timestamptz,
  version        bigint        NOT NULL DEFAULT 0,
  CONSTRAINT ux_market_coordination_post UNIQUE (post_id)
);
CREATE INDEX ix_market_coordination_district ON market_coordination (district_code, closed_at);
