package org.fugong.enterprise;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "enterprise")
class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "credit_code")
	private String creditCode;

	private String name;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	private String address;

	@Enumerated(EnumType.STRING)
	private Industry industry;

	@Column(name = "staff_count")
	private int staffCount;

	@Column(name = "above_designated_size")
	private boolean aboveDesignatedSize;

	@Column(name = "foreign_invested")
	private boolean foreignInvested;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_phone")
	private String contactPhone;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Enterprise() {
	}

	Enterprise(String creditCode, String name, String districtCode, String townCode, Profile profile) {
		this.creditCode = creditCode;
		this.name = name;
		this.districtCode = districtCode;
		this.townCode = townCode;
		this.registeredAt = Instant.now();
		apply(profile);
	}

	/** The fields an enterprise may change itself; its code and region are fixed at registration. */
	record Profile(String address, Industry industry, int staffCount, boolean aboveDesignatedSize,
			boolean foreignInvested, String contactName, String contactPhone) {
	}

	void updateProfile(String name, Profile profile) {
		this.name = name;
		apply(profile);
	}

	private void apply(Profile profile) {
		this.address = profile.address();
		this.industry = profile.industry();
		this.staffCount = profile.staffCount();
		this.aboveDesignatedSize = profile.aboveDesignatedSize();
		this.foreignInvested = profile.foreignInvested();
		this.contactName = profile.contactName();
		this.contactPhone = profile.contactPhone();
		this.updatedAt = Instant.now();
	}

	EnterpriseView toView() {
		return new EnterpriseView(this.id, this.creditCode, this.name, this.districtCode, this.townCode, this.address,
				this.industry, this.staffCount, this.aboveDesignatedSize, this.foreignInvested, this.contactName,
				this.contactPhone, this.registeredAt, this.updatedAt, this.version);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	long getVersion() {
		return this.version;
	}

}
