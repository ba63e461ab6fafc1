package org.fugong.pass;

/** Filters of a pass list; all optional. {@code expiringSoon}: active and ending within three days. */
public record PassQuery(PassType type, PassStatus status, boolean expiringSoon, String q, Long employeeId) {
}
