package org.fugong.gate;

/** A checkpoint as pages and the API show it. */
public record CheckpointView(long id, String name, CheckpointKind kind, String regionCode, String districtCode,
		Long enterpriseId, Direction defaultDirection, boolean active, long version) {
}
