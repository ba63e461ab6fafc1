package org.fugong.gate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.domain.AuditedEntity;

/** A place where passes are scanned, in a district or town, kept by the officials of that region. */
@Entity
@Table(name = "checkpoint")
class Checkpoint extends AuditedEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private CheckpointKind kind;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "default_direction")
	private Direction defaultDirection;

	private boolean active;

	@Version
	private long version;

	protected Checkpoint() {
	}

	Checkpoint(String name, CheckpointKind kind, String regionCode, String districtCode, Long enterpriseId,
			Direction defaultDirection, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		change(name, kind, regionCode, districtCode, enterpriseId, defaultDirection, true);
	}

	void change(String name, CheckpointKind kind, String regionCode, String districtCode, Long enterpriseId,
			Direction defaultDirection, boolean active) {
		this.name = name;
		this.kind = kind;
		this.regionCode = regionCode;
		this.districtCode = districtCode;
		this.enterpriseId = enterpriseId;
		this.defaultDirection = defaultDirection;
		this.active = active;
	}

	CheckpointView toView() {
		return new CheckpointView(getId(), this.name, this.kind, this.regionCode, this.districtCode, this.enterpriseId,
				this.defaultDirection, this.active, this.version);
	}

	String getRegionCode() {
		return this.regionCode;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

}
