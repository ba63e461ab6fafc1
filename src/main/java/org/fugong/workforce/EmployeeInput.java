package org.fugong.workforce;

/**
 * What a form, the API or an import row says about an employee, validated by its
 * annotations. On an update a null ID number or phone keeps the stored one.
 */
record EmployeeInput(String name, String idNumber, String phone, String department, StaffRole role,
		boolean onSite, String dormitory) {
}
