package org.fugong.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@link DeviceTokens} keeps the guards' devices: the gate module, which
 * owns their table, implements it. Only a token's SHA-256 is ever handed over.
 */
public interface DeviceStore {

	/** Keeps a new device and answers its id. */
	long add(String username, String label, byte[] tokenHash, Instant createdAt, Long checkpointId, Instant expiresAt);

	/** Revokes one device at {@code at}; false when it was revoked already. */
	boolean revoke(long deviceId, Instant at);

	/** Revokes every device of the guard at {@code at}; answers the ids revoked now. */
	List<Long> revokeAll(String username, Instant at);

	/** The live device of a token hash (neither revoked nor expired at {@code now}), marked used at {@code now}. */
	Optional<Device> use(byte[] tokenHash, Instant now);

	/** The devices revoked after {@code since}, here or on another instance. */
	Set<Long> revokedSince(Instant since);

	/** A live device: its id, its guard and when it expires. */
	record Device(long id, String username, Instant expiresAt) {
	}

}
