package org.fugong.inspection.teams;

/** An enterprise of a town as the zone picker lists it, with the zone it lies in (null when not placed). */
public record SiteRow(long id, String name, String creditCode, String address, String gridCode) {
}
