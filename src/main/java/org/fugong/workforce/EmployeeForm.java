package org.fugong.workforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.IdNumbers;
import org.fugong.common.MobilePhone;
import org.fugong.common.ResidentId;

/**
 * The employee form of the roster pages. The ID number is required when adding;
 * when editing it is left empty and only a new number replaces the stored one.
 */
class EmployeeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String name;

	@ResidentId
	private String idNumber;

	@NotBlank(message = "{validation.required}")
	@MobilePhone
	private String phone;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max100}")
	private String department;

	@NotNull(message = "{validation.required}")
	private StaffRole role = StaffRole.PRODUCTION;

	private boolean onSite = true;

	@Size(max = 100, message = "{validation.size.max100}")
	private String dormitory;

	private Long version;

	static EmployeeForm of(Employee employee) {
		EmployeeForm form = new EmployeeForm();
		form.name = employee.getName();
		form.phone = employee.getPhone();
		form.department = employee.getDepartment();
		form.role = employee.getRole();
		form.onSite = employee.isOnSite();
		form.dormitory = employee.getDormitory();
		form.version = employee.getVersion();
		return form;
	}

	EmployeeInput toInput() {
		return new EmployeeInput(this.name, this.idNumber, this.phone, this.department, this.role, this.onSite,
				this.dormitory);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = IdNumbers.normalize(idNumber);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

	public boolean isOnSite() {
		return this.onSite;
	}

	public void setOnSite(boolean onSite) {
		this.onSite = onSite;
	}

	public String getDormitory() {
		return this.dormitory;
	}

	public void setDormitory(String dormitory) {
		this.dormitory = dormitory;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
