-- Enterprise verification (企业核验): a registered enterprise is PENDING until a town
-- officer or district official of its region has checked its business licence and
-- legal representative and VERIFIED it (or REJECTED it, with a note; the enterprise
-- may correct both and ask again). Until VERIFIED it cannot submit an application, be
-- whitelisted or issue passes. The licence is an uploaded file, kept like every other.

ALTER TABLE enterprise
  ADD COLUMN legal_representative     varchar(50),
  ADD COLUMN licence_filename         varchar(255),
  ADD COLUMN licence_content_type     varchar(100),
  ADD COLUMN licence_size_bytes       bigint,
  ADD COLUMN licence_sha256           varchar(64),
  ADD COLUMN licence_storage_key      varchar(100),
  ADD COLUMN verification             varchar(10)  NOT NULL DEFAULT 'PENDING',
  ADD COLUMN verification_note        varchar(500),
  ADD COLUMN verification_requested_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN verification_decided_by  varchar(50),
  ADD COLUMN verification_decided_at  timestamptz,
  ADD CONSTRAINT ck_enterprise_verification CHECK (verification IN ('PENDING','VERIFIED','REJECTED')),
  ADD CONSTRAINT ck_enterprise_verification_note CHECK (verification <> 'REJECTED' OR verification_note IS NOT NULL);

UPDATE enterprise SET verification_requested_at = registered_at;

-- The one data migration that reads other modules' tables: an enterprise registered
-- before verification existed has already been vetted if an application of its was
-- approved or an official listed it (at any level, in any status). Those keep working;
-- every other one walks the queue like a new registration.
UPDATE enterprise e
   SET verification = 'VERIFIED',
       verification_note = 'migrated: approved application or whitelist entry before verification existed',
       verification_decided_by = 'system',
       verification_decided_at = now()
 WHERE EXISTS (SELECT 1 FROM resumption_request r WHERE r.enterprise_id = e.id AND r.state = 'APPROVED')
    OR EXISTS (SELECT 1 FROM whitelist_entry w WHERE w.enterprise_id = e.id);

-- The officials' queue: the waiting enterprises of a town or district, oldest request first.
CREATE INDEX ix_enterprise_verification_town ON enterprise (town_code, verification, verification_requested_at);
CREATE INDEX ix_enterprise_verification_district ON enterprise (district_code, verification, verification_requested_at);
