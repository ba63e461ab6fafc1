-- A revoked device is told by its own row: every instance reads the devices revoked in
-- the last seconds (revoked_at > ?) each second, instead of DEVICE rows in the pass's
-- change feed. The partial index holds only revoked devices, so that read stays one
-- small range scan however many devices were ever enrolled.
CREATE INDEX ix_gate_device_revoked ON gate_device (revoked_at) WHERE revoked_at IS NOT NULL;
