-- Demands beyond the district (兜底 and 转办): the functional departments a demand can
-- be transferred to (reference data), which department officer accounts belong to
-- which department, and on each demand the channel it came by, who logged it on the
-- enterprise's behalf, its escalation to the city and its transfer.

CREATE TABLE appeal_department (
  code      varchar(30)  NOT NULL,
  name_zh   varchar(50)  NOT NULL,
  name_en   varchar(80)  NOT NULL,
  position  integer      NOT NULL,
  CONSTRAINT pk_appeal_department PRIMARY KEY (code)
);

INSERT INTO appeal_department (code, name_zh, name_en, position) VALUES
  ('ECONOMY',            '经济和信息化委员会', 'Economy and Information Technology', 1),
  ('HUMAN_RESOURCES',    '人力资源和社会保障局', 'Human Resources and Social Security', 2),
  ('COMMERCE',           '商务委员会', 'Commerce', 3),
  ('TAX',                '税务局', 'Taxation', 4),
  ('TRANSPORT',          '交通委员会', 'Transport', 5),
  ('MARKET_REGULATION',  '市场监督管理局', 'Market Regulation', 6),
  ('HEALTH',             '卫生健康委员会', 'Health', 7),
  ('DEVELOPMENT_REFORM', '发展和改革委员会', 'Development and Reform', 8),
  ('FINANCE',            '金融工作局', 'Financial Services', 9);

-- A department officer's account (role DEPARTMENT_OFFICER, bound to a district or the
-- city) belongs to one department; an administrator sets it.
CREATE TABLE appeal_department_officer (
  username         varchar(50)  NOT NULL,
  department_code  varchar(30)  NOT NULL,
  assigned_by      varchar(50)  NOT NULL,
  assigned_at      timestamptz  NOT NULL,
  CONSTRAINT pk_appeal_department_officer PRIMARY KEY (username),
  CONSTRAINT fk_appeal_department_officer_department FOREIGN KEY (department_code) REFERENCES appeal_department(code)
);
CREATE INDEX ix_appeal_department_officer_department ON appeal_department_officer (department_code);

ALTER TABLE appeal ADD COLUMN channel varchar(10) NOT NULL DEFAULT 'ONLINE';
ALTER TABLE appeal ADD CONSTRAINT ck_appeal_channel CHECK (channel IN ('HOTLINE','COUNTER','ONLINE'));
ALTER TABLE appeal ADD COLUMN filed_by varchar(50);
ALTER TABLE appeal ADD COLUMN department_code varchar(30);
ALTER TABLE appeal ADD CONSTRAINT fk_appeal_department FOREIGN KEY (department_code) REFERENCES appeal_department(code);
ALTER TABLE appeal ADD COLUMN escalated_at timestamptz;
ALTER TABLE appeal ADD COLUMN transferred_at timestamptz;
ALTER TABLE appeal DROP CONSTRAINT ck_appeal_state;
ALTER TABLE appeal ADD CONSTRAINT ck_appeal_state
  CHECK (state IN ('SUBMITTED','ASSIGNED','ANSWERED','RESOLVED','CLOSED','REOPENED','ESCALATED','TRANSFERRED'));
ALTER TABLE appeal ADD CONSTRAINT ck_appeal_transferred CHECK (state <> 'TRANSFERRED' OR department_code IS NOT NULL);
-- The city's queue and each department's queue.
CREATE INDEX ix_appeal_escalated ON appeal (due_at) WHERE state = 'ESCALATED';
CREATE INDEX ix_appeal_department ON appeal (department_code, due_at) WHERE department_code IS NOT NULL;

-- The new role, bound to a region like the officials.
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role
  CHECK (role IN ('ENTERPRISE','TOWN_OFFICER','DISTRICT_OFFICIAL','CITY_OFFICIAL','GUARD','ADMIN','DEPARTMENT_OFFICER'));
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_binding;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_binding CHECK (
  (role = 'ENTERPRISE' AND enterprise_id IS NOT NULL AND region_code IS NULL)
  OR (role IN ('TOWN_OFFICER','DISTRICT_OFFICIAL','CITY_OFFICIAL','GUARD','DEPARTMENT_OFFICER')
      AND region_code IS NOT NULL AND enterprise_id IS NULL)
  OR (role = 'ADMIN' AND enterprise_id IS NULL));
