-- Supply and demand posts (供需对接), the contact requests between enterprises,
-- and the key supply-chain firms (重点保供企业) the district flags.
-- The poster's district, town and industry are copied onto the post when it is
-- made: they are where and what the post is about, and matching reads them
-- without asking the enterprise module for every candidate.
CREATE TABLE market_post (
  id               bigserial     PRIMARY KEY,
  enterprise_id    bigint        NOT NULL,
  district_code    varchar(12)   NOT NULL,
  town_code        varchar(12)   NOT NULL,
  industry         varchar(40)   NOT NULL,
  kind             varchar(10)   NOT NULL,
  category         varchar(20)   NOT NULL,
  title            varchar(100)  NOT NULL,
  description      varchar(2000) NOT NULL,
  quantity         numeric(14,2) NOT NULL,
  unit             varchar(20)   NOT NULL,
  -- the district (default) or the whole city (city_code) the post covers
  region_code      varchar(12)   NOT NULL,
  city_code        varchar(12)   NOT NULL,
  needed_by        date,
  available_from   date,
  valid_until      date          NOT NULL,
  -- the days the post is about: supply from available_from (or posting), demand until needed_by (or valid_until)
  window_start     date          NOT NULL,
  window_end       date          NOT NULL,
  state            varchar(12)   NOT NULL DEFAULT 'OPEN',
  quantity_met     numeric(14,2),
  created_at       timestamptz   NOT NULL,
  closed_at        timestamptz,
  search_tokens    text          NOT NULL,
  search_vector    tsvector      GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED,
  version          bigint        NOT NULL DEFAULT 0,
  CONSTRAINT ck_market_post_kind CHECK (kind IN ('SUPPLY', 'DEMAND')),
  CONSTRAINT ck_market_post_category CHECK (category IN ('RAW_MATERIAL', 'PARTS', 'PROTECTIVE', 'PACKAGING',
      'LOGISTICS', 'STAFF', 'EQUIPMENT', 'OTHER')),
  CONSTRAINT ck_market_post_state CHECK (state IN ('OPEN', 'FULFILLED', 'WITHDRAWN', 'EXPIRED')),
  CONSTRAINT ck_market_post_quantity CHECK (quantity > 0),
  CONSTRAINT ck_market_post_window CHECK (window_start <= window_end)
);
CREATE INDEX ix_market_post_match ON market_post (category, kind, city_code) WHERE state = 'OPEN';
CREATE INDEX ix_market_post_created ON market_post (created_at DESC, id DESC);
CREATE INDEX ix_market_post_enterprise ON market_post (enterprise_id, created_at DESC);
CREATE INDEX ix_market_post_district ON market_post (district_code, town_code);
CREATE INDEX ix_market_post_expiry ON market_post (valid_until) WHERE state = 'OPEN';
CREATE INDEX ix_market_post_search ON market_post USING gin (search_vector);

CREATE TABLE market_contact (
  id                     bigserial     PRIMARY KEY,
  post_id                bigint        NOT NULL REFERENCES market_post (id),
  requester_enterprise_id bigint       NOT NULL,
  -- the requester's own post this answers, when it came from a match
  requester_post_id      bigint        REFERENCES market_post (id),
  message                varchar(1000) NOT NULL,
  state                  varchar(10)   NOT NULL DEFAULT 'REQUESTED',
  created_at             timestamptz   NOT NULL,
  answered_at            timestamptz,
  version                bigint        NOT NULL DEFAULT 0,
  CONSTRAINT ck_market_contact_state CHECK (state IN ('REQUESTED', 'ACCEPTED', 'DECLINED'))
);
-- one pending request per enterprise and post
CREATE UNIQUE INDEX ux_market_contact_pending ON market_contact (post_id, requester_enterprise_id)
  WHERE state = 'REQUESTED';
CREATE INDEX ix_market_contact_post ON market_contact (post_id);
CREATE INDEX ix_market_contact_requester ON market_contact (requester_enterprise_id, created_at DESC);
CREATE INDEX ix_market_contact_requester_post ON market_contact (requester_post_id);

CREATE TABLE market_key_firm (
  enterprise_id   bigint        PRIMARY KEY,
  district_code   varchar(12)   NOT NULL,
  chain           varchar(50)   NOT NULL,
  flagged_by      varchar(50)   NOT NULL,
  flagged_at      timestamptz   NOT NULL
);
