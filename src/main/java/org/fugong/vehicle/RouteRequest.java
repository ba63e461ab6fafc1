package org.fugong.vehicle;

/**
 * The loop a trip asks for: the receiving enterprise by id (the API) or by its
 * credit code (the page), and optionally a quarantine point; all may be null.
 */
public record RouteRequest(Long receiverEnterpriseId, String receiverCreditCode, Long quarantinePointId) {

	public static final RouteRequest NONE = new RouteRequest(null, null, null);

}
