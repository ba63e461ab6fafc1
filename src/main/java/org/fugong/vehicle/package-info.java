/**
 * Vehicle trips (车辆一码通行): an actively whitelisted enterprise pre-registers a
 * vehicle, its driver and the trip (事前报备); a district official of the
 * enterprise's district approves it, which issues the trip's signed pass through
 * {@link org.fugong.pass.PassService#issueVehicle} and texts the driver the link to
 * it, or rejects it with an opinion; the enterprise follows its trips, prints the
 * QR code and revokes it. Each district keeps a driver whitelist (司机白名单),
 * matched by the keyed hash of the driver's ID number, which flags the trips of
 * known drivers in the officials' queue. ID numbers are stored encrypted and
 * shown masked only.
 */
package org.fugong.vehicle;
