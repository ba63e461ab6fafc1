/**
 * Worker and vehicle passes: ECDSA signing keys that rotate and are published, the
 * compact signed token, issuing, renewing and revoking passes, holder links by SMS,
 * QR codes and printable cards, and the verification cache the gate asks.
 *
 * <p>Published views: {@code pass_holder} (id and masked holder, for the gate's
 * scan lists and exports).
 */
package org.fugong.pass;
