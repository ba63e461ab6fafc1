package org.fugong.vehicle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.fugong.common.MobilePhone;
import org.fugong.common.ResidentId;

/** A district official puts a driver on the district's whitelist; also the API's body. */
class DriverForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@ResidentId(message = "{vehicle.validation.idNumber.invalid}")
	private String idNumber;

	@MobilePhone
	private String phone;

	@Size(max = 200, message = "{validation.size.max200}")
	private String note;

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
		this.idNumber = idNumber;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	@Override
	public String toString() {
		return "DriverForm[" + this.name + "]";
	}

}
