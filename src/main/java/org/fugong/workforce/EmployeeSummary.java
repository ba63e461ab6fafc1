package org.fugong.workforce;

/**
 * An employee as other modules see one: the name in full for the enterprise's
 * own pages, the masked name for everything a stranger may see (a pass, a gate).
 */
public record EmployeeSummary(long id, long enterpriseId, String name, String maskedName, String department,
		boolean active) {
}
