-- A guard's phone enrolled as a device: bound to the checkpoint the guard worked at
-- when it enrolled, living one shift (expires_at), with the last time it was used.
-- Revoking one (or all of a guard's) writes a DEVICE row to the change feed, so every
-- instance forgets the token within a poll.
ALTER TABLE gate_device ADD COLUMN checkpoint_id bigint;
ALTER TABLE gate_device ADD COLUMN expires_at timestamptz;
ALTER TABLE gate_device ADD COLUMN last_used_at timestamptz;
-- The sign-in session the phone enrolled from: revoking a lost phone ends it too.
ALTER TABLE gate_device ADD COLUMN session_id varchar(100);
ALTER TABLE gate_device ADD CONSTRAINT fk_gate_device_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES checkpoint(id);

-- Tokens made before devices had a lifetime: bound to their guard's checkpoint of now,
-- and one more shift from the upgrade, then they expire like any other.
UPDATE gate_device d SET checkpoint_id = g.checkpoint_id FROM gate_guard g WHERE g.username = d.username;
UPDATE gate_device SET expires_at = now() + interval '12 hours' WHERE expires_at IS NULL;
ALTER TABLE gate_device ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX ix_gate_device_checkpoint ON gate_device (checkpoint_id);

ALTER TABLE gate_change DROP CONSTRAINT ck_gate_change_kind;
ALTER TABLE gate_change ADD CONSTRAINT ck_gate_change_kind
  CHECK (kind IN ('PASS','ENTERPRISE','EMPLOYEE','RULE','DEVICE'));
