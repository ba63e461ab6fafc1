package org.fugong.outbreak;

import java.time.Instant;
import java.util.List;

/** A disinfection with its photos. */
public record DisinfectionView(long id, Instant at, String by, String note, Instant recordedAt, String recordedBy,
		List<PhotoView> photos) {
}
