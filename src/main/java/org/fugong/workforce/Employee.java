package org.fugong.workforce;

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

import org.fugong.common.Masking;

/**
 * One employee on an enterprise's roster. The resident ID number never lives
 * here in clear: the entity holds its ciphertext, keyed hash, masked form and
 * last four characters, all set together through {@link #identify}.
 */
@Entity
@Table(name = "employee")
class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	private String name;

	@Column(name = "id_number_cipher")
	private String idNumberCipher;

	@Column(name = "id_number_hash")
	private String idNumberHash;

	@Column(name = "id_number_masked")
	private String idNumberMasked;

	@Column(name = "id_number_tail")
	private String idNumberTail;

	private String phone;

	private String department;

	@Enumerated(EnumType.STRING)
	@Column(name = "staff_role")
	private StaffRole role;

	@Column(name = "on_site")
	private boolean onSite;

	private String dormitory;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Employee() {
	}

	Employee(long enterpriseId, Details details, SealedIdNumber idNumber) {
		this.enterpriseId = enterpriseId;
		this.active = true;
		this.createdAt = Instant.now();
		identify(idNumber);
		update(details);
	}

	/** What the enterprise may change about an employee, the ID number aside. */
	record Details(String name, String phone, String department, StaffRole role, boolean onSite, String dormitory) {
	}

	/** A resident ID number as it is stored: encrypted, hashed, masked and its tail. */
	record SealedIdNumber(String cipher, String hash, String masked, String tail) {
	}

	void update(Details details) {
		this.name = details.name();
		this.phone = details.phone();
		this.department = details.department();
		this.role = (details.role() != null) ? details.role() : StaffRole.PRODUCTION;
		this.onSite = details.onSite();
		this.dormitory = details.dormitory();
		this.updatedAt = Instant.now();
	}

	void identify(SealedIdNumber idNumber) {
		this.idNumberCipher = idNumber.cipher();
		this.idNumberHash = idNumber.hash();
		this.idNumberMasked = idNumber.masked();
		this.idNumberTail = idNumber.tail();
		this.updatedAt = Instant.now();
	}

	void deactivate() {
		if (!this.active) {
			throw new IllegalStateException("Employee " + this.id + " is inactive already");
		}
		this.active = false;
		this.updatedAt = Instant.now();
	}

	void reactivate() {
		if (this.active) {
			throw new IllegalStateException("Employee " + this.id + " is active already");
		}
		this.active = true;
		this.updatedAt = Instant.now();
	}

	EmployeeView toView() {
		return new EmployeeView(this.id, this.name, this.idNumberMasked, Masking.phone(this.phone), this.department,
				this.role, this.onSite, this.dormitory, this.active, this.updatedAt, this.version);
	}

	EmployeeSummary toSummary() {
		return new EmployeeSummary(this.id, this.enterpriseId, this.name, Masking.name(this.name), this.department,
				this.active);
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getName() {
		return this.name;
	}

	String getPhone() {
		return this.phone;
	}

	String getDepartment() {
		return this.department;
	}

	StaffRole getRole() {
		return this.role;
	}

	boolean isOnSite() {
		return this.onSite;
	}

	String getDormitory() {
		return this.dormitory;
	}

	String getIdNumberCipher() {
		return this.idNumberCipher;
	}

	String getIdNumberHash() {
		return this.idNumberHash;
	}

	String getIdNumberMasked() {
		return this.idNumberMasked;
	}

	boolean isActive() {
		return this.active;
	}

	long getVersion() {
		return this.version;
	}

}
