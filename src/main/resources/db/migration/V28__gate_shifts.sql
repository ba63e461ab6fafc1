-- How long a guard's enrolled phone lives: one shift, set by each district (1-24 hours).
-- A district without a row uses the application's default (fugong.gate.device-lifetime, 12 h).
CREATE TABLE gate_shift (
  district_code varchar(6) PRIMARY KEY,
  hours         integer NOT NULL CONSTRAINT ck_gate_shift_hours CHECK (hours BETWEEN 1 AND 24),
  updated_at    timestamptz NOT NULL,
  updated_by    varchar(100) NOT NULL
);
