-- A trip made from a confirmed shared-truck booking names it, so that the trip's page links back to the
-- booking (the market module owns the booking; no foreign key across modules).
ALTER TABLE vehicle_trip ADD COLUMN truck_booking_id bigint;
