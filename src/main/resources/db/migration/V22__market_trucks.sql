-- Shared trucks (共享货车): carriers put their trucks into their district's
-- pool; other enterprises book one for a day; the carrier confirms (which
-- registers a vehicle trip) or declines before the deadline.
CREATE TABLE market_truck (
  id                  bigserial     PRIMARY KEY,
  enterprise_id       bigint        NOT NULL,
  district_code       varchar(12)   NOT NULL,
  base_town_code      varchar(12)   NOT NULL,
  plate               varchar(16)   NOT NULL,
  vehicle_type        varchar(20)   NOT NULL,
  capacity_tons       numeric(7, 2) NOT NULL CHECK (capacity_tons > 0),
  cold_chain          boolean       NOT NULL,
  driver_employee_id  bigint,
  -- Days of the week served, Monday = 1 … Sunday = 64; 127 is every day.
  serve_days          smallint      NOT NULL DEFAULT 127 CHECK (serve_days BETWEEN 1 AND 127),
  -- Town codes served, comma separated; empty means the whole district.
  serve_towns         varchar(500)  NOT NULL DEFAULT '',
  available_from      date          NOT NULL,
  available_until     date,
  active              boolean       NOT NULL DEFAULT true,
  created_at          timestamptz   NOT NULL,
  created_by          varchar(50)   NOT NULL,
  version             bigint        NOT NULL DEFAULT 0,
  CONSTRAINT ck_market_truck_dates CHECK (available_until IS NULL OR available_until >= available_from)
);
-- A plate is in the pool once at a time.
CREATE UNIQUE INDEX ux_market_truck_plate_active ON market_truck (plate) WHERE active;
CREATE INDEX ix_market_truck_district ON market_truck (district_code, active);
CREATE INDEX ix_market_truck_enterprise ON market_truck (enterprise_id);

CREATE TABLE market_truck_booking (
  id                     bigserial     PRIMARY KEY,
  truck_id               bigint        NOT NULL REFERENCES market_truck (id),
  carrier_enterprise_id  bigint        NOT NULL,
  booker_enterprise_id   bigint        NOT NULL,
  district_code          varchar(12)   NOT NULL,
  town_code              varchar(12)   NOT NULL,
  booking_date           date          NOT NULL,
  origin                 varchar(200)  NOT NULL,
  destination            varchar(200)  NOT NULL,
  cargo                  varchar(200)  NOT NULL,
  scope                  varchar(20)   NOT NULL,
  state                  varchar(20)   NOT NULL,
  deadline               timestamptz   NOT NULL,
  requested_by           varchar(50)   NOT NULL,
  created_at             timestamptz   NOT NULL,
  answered_by            varchar(50),
  answered_at            timestamptz,
  reason                 varchar(500),
  trip_id                bigint,
  version                bigint        NOT NULL DEFAULT 0,
  CONSTRAINT ck_market_truck_booking_state
    CHECK (state IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
  CONSTRAINT ck_market_truck_booking_trip CHECK ((state = 'CONFIRMED') = (trip_id IS NOT NULL)),
  CONSTRAINT ux_market_truck_booking_trip UNIQUE (trip_id)
);
-- Never two live bookings of one truck for one day: the database decides between
-- parallel requests (bookings are for one day, so overlapping time is the same day).
CREATE UNIQUE INDEX ux_market_truck_booking_day ON market_truck_booking (truck_id, booking_date)
  WHERE state IN ('REQUESTED', 'CONFIRMED');
CREATE INDEX ix_market_truck_booking_booker ON market_truck_booking (booker_enterprise_id, booking_date);
CREATE INDEX ix_market_truck_booking_carrier ON market_truck_booking (carrier_enterprise_id, booking_date);
CREATE INDEX ix_market_truck_booking_district ON market_truck_booking (district_code, booking_date);
CREATE INDEX ix_market_truck_booking_deadline ON market_truck_booking (deadline) WHERE state = 'REQUESTED';
