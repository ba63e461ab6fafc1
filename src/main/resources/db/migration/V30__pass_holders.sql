-- The pass module publishes the masked holder of each pass for the gate's scan
-- lists and exports. Only the masked form: the holder's name stays with the pass.
CREATE VIEW pass_holder AS
SELECT id, holder_masked
FROM pass;
