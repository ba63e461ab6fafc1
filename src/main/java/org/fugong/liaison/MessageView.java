package org.fugong.liaison;

import java.time.Instant;

/** A message between the enterprise and its liaison; {@code fromOfficer} tells the sides apart. */
public record MessageView(long id, Instant at, String author, boolean fromOfficer, String text) {
}
