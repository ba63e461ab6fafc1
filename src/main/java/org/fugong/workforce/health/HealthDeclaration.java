package org.fugong.workforce.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.workforce.HealthDeclarationView;
import org.fugong.workforce.HealthDeclared;
import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.QuarantineStatus;

/** One employee's declaration of one day; a correction the same day replaces its values. */
@Entity
@Table(name = "workforce_health_declaration")
class HealthDeclaration {

	/** Symptoms are short texts kept one per line. */
	static final String SEPARATOR = "\n";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "employee_id")
	private long employeeId;

	@Column(name = "declared_on")
	private LocalDate declaredOn;

	private BigDecimal temperature;

	private String symptoms;

	@Enumerated(EnumType.STRING)
	@Column(name = "quarantine_status")
	private QuarantineStatus quarantineStatus;

	private boolean abnormal;

	@Enumerated(EnumType.STRING)
	private HealthSource source;

	@Column(name = "declared_at")
	private Instant declaredAt;

	@Column(name = "declared_by")
	private String declaredBy;

	@Version
	private long version;

	protected HealthDeclaration() {
	}

	HealthDeclaration(long enterpriseId, long employeeId, LocalDate day) {
		this.enterpriseId = enterpriseId;
		this.employeeId = employeeId;
		this.declaredOn = day;
	}

	void declare(HealthEntry entry, HealthSource source, String actor) {
		this.temperature = entry.temperature().setScale(1);
		this.symptoms = entry.symptoms().isEmpty() ? null : String.join(SEPARATOR, entry.symptoms());
		this.quarantineStatus = entry.quarantineStatus();
		this.abnormal = entry.abnormal();
		this.source = source;
		this.declaredBy = actor;
		this.declaredAt = Instant.now();
	}

	long getEmployeeId() {
		return this.employeeId;
	}

	HealthDeclared declared() {
		return new HealthDeclared(this.enterpriseId, this.employeeId, this.declaredOn, this.abnormal);
	}

	HealthDeclarationView toView() {
		List<String> list = (this.symptoms == null) ? List.of() : Arrays.asList(this.symptoms.split(SEPARATOR));
		return new HealthDeclarationView(this.id, this.employeeId, this.declaredOn, this.temperature, list,
				this.quarantineStatus, this.abnormal, this.source, this.declaredAt, this.declaredBy);
	}

}
