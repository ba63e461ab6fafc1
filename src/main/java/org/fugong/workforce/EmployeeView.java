package org.fugong.workforce;

import java.time.Instant;

/**
 * An employee as the enterprise's pages and the API show one: the ID number and
 * the phone masked, always.
 */
public record EmployeeView(long id, String name, String idNumber, String phone, String department, StaffRole role,
		boolean onSite, String dormitory, boolean active, Instant updatedAt, long version) {
}
