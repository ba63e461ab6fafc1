/**
 * Vehicle trips (车辆一码通行): an actively whitelisted enterprise pre-registers a
 * vehicle, its driver and the trip (事前报备); a district official of the
 * enterprise's district approves it, which issues the trip's signed pass through
 * {@link org.fugong.pass.PassService#issueVehicle} and texts the driver the link to
 * it, or rejects it with an opinion; the enterprise follows its trips, prints the
 * QR code and revokes it. Each district keeps a driver whitelist (司机白名单),
 * matched by the keyed hash of the driver's ID number, which flags the trips of
 * known drivers in the officials' queue. ID numbers are stored encrypted and
 * shown masked only. The three-point loop (三点往返): a trip names its receiving
 * enterprise and optionally a quarantine point (a checkpoint the gate keeps,
 * asked through {@link org.fugong.gate.VehicleMovements}); each trip's points
 * make a timeline; a vehicle that arrived and has not departed after its
 * district's hours is reported once per trip ({@link VehicleNotLeft}); a driver
 * on the enterprise's roster is judged by the driver's own tests.
 */
package org.fugong.vehicle;
