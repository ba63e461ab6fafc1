package org.fugong.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.MobilePhone;
import org.fugong.common.web.FieldChecks.StaffCount;

/**
 * The profile fields of an enterprise, as registration and the profile page edit them.
 */
class ProfileForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.size.max300}")
	private String address;

	@NotNull(message = "{validation.required}")
	private Industry industry;

	@NotNull(message = "{validation.required}")
	@StaffCount
	private Integer staffCount;

	private boolean aboveDesignatedSize;

	private boolean foreignInvested;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String contactName;

	@NotBlank(message = "{validation.required}")
	@MobilePhone
	private String contactPhone;

	private Long version;

	static ProfileForm of(EnterpriseView view) {
		ProfileForm form = new ProfileForm();
		form.name = view.name();
		form.address = view.address();
		form.industry = view.industry();
		form.staffCount = view.staffCount();
		form.aboveDesignatedSize = view.aboveDesignatedSize();
		form.foreignInvested = view.foreignInvested();
		form.contactName = view.contactName();
		form.contactPhone = view.contactPhone();
		form.version = view.version();
		return form;
	}

	Enterprise.Profile toProfile() {
		return new Enterprise.Profile(this.address, this.industry, this.staffCount, this.aboveDesignatedSize,
				this.foreignInvested, this.contactName, this.contactPhone);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public void setIndustry(Industry industry) {
		this.industry = industry;
	}

	public Integer getStaffCount() {
		return this.staffCount;
	}

	public void setStaffCount(Integer staffCount) {
		this.staffCount = staffCount;
	}

	public boolean isAboveDesignatedSize() {
		return this.aboveDesignatedSize;
	}

	public void setAboveDesignatedSize(boolean aboveDesignatedSize) {
		this.aboveDesignatedSize = aboveDesignatedSize;
	}

	public boolean isForeignInvested() {
		return this.foreignInvested;
	}

	public void setForeignInvested(boolean foreignInvested) {
		this.foreignInvested = foreignInvested;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
