package org.fugong.enterprise;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.StoredFileColumns;

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

	@Column(name = "legal_representative")
	private String legalRepresentative;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "filename", column = @Column(name = "licence_filename")),
			@AttributeOverride(name = "contentType", column = @Column(name = "licence_content_type")),
			@AttributeOverride(name = "sizeBytes", column = @Column(name = "licence_size_bytes")),
			@AttributeOverride(name = "sha256", column = @Column(name = "licence_sha256")),
			@AttributeOverride(name = "storageKey", column = @Column(name = "licence_storage_key")) })
	private StoredFileColumns licence;

	@Enumerated(EnumType.STRING)
	private Verification verification;

	@Column(name = "verification_note")
	private String verificationNote;

	@Column(name = "verification_requested_at")
	private Instant verificationRequestedAt;

	@Column(name = "verification_decided_by")
	private String verificationDecidedBy;

	@Column(name = "verification_decided_at")
	private Instant verificationDecidedAt;

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
		this.verification = Verification.PENDING;
		this.verificationRequestedAt = this.registeredAt;
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

	/** The legal representative named at registration, before the licence is handed in (JSON API). */
	void representedBy(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	/**
	 * The licence and legal representative, given at registration or corrected after
	 * a rejection: the enterprise waits for a decision again. A verified enterprise's
	 * licence is settled.
	 */
	void submitLicence(String legalRepresentative, StoredFileColumns licence, Instant now) {
		if (this.verification == Verification.VERIFIED) {
			throw new IllegalStateException("verified");
		}
		this.legalRepresentative = legalRepresentative;
		this.licence = licence;
		this.verification = Verification.PENDING;
		this.verificationNote = null;
		this.verificationRequestedAt = now;
	}

	/** An official's decision on a pending enterprise; a rejection carries its note. */
	void decide(Verification decision, String note, String official, Instant now) {
		if (this.verification != Verification.PENDING || !decision.isDecision()) {
			throw new IllegalStateException(this.verification + " -> " + decision);
		}
		if (decision == Verification.REJECTED && note == null) {
			throw new IllegalArgumentException("note");
		}
		if (decision == Verification.VERIFIED && !hasLicence()) {
			throw new IllegalArgumentException("licence");
		}
		this.verification = decision;
		this.verificationNote = note;
		this.verificationDecidedBy = official;
		this.verificationDecidedAt = now;
	}

	/** Demo data only: the demo enterprises stand verified from the start. */
	void markVerifiedForDemo(String actor, Instant now) {
		this.verification = Verification.VERIFIED;
		this.verificationDecidedBy = actor;
		this.verificationDecidedAt = now;
	}

	boolean hasLicence() {
		return this.licence != null && this.licence.storageKey() != null && this.legalRepresentative != null;
	}

	StoredFileColumns getLicence() {
		return this.licence;
	}

	Verification getVerification() {
		return this.verification;
	}

	EnterpriseView toView() {
		return new EnterpriseView(this.id, this.creditCode, this.name, this.districtCode, this.townCode, this.address,
				this.industry, this.staffCount, this.aboveDesignatedSize, this.foreignInvested, this.contactName,
				this.contactPhone, this.registeredAt, this.updatedAt, this.version, this.verification,
				this.legalRepresentative, hasLicence() ? EnterpriseView.LicenceFile.of(this.licence) : null, this.verificationNote,
				this.verificationRequestedAt, this.verificationDecidedBy, this.verificationDecidedAt);
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
