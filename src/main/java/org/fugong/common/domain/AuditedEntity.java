package org.fugong.common.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row an official or an enterprise's staff made, keeping who made it and
 * when ({@code created_by, created_at}) beside its generated identity. Both are
 * set once, when the row is made, and never change afterwards. Where making the
 * row has a name of its own (a file uploaded, a step acted, a result recorded),
 * the entity keeps its columns' names with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class AuditedEntity extends IdentifiedEntity {

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected AuditedEntity() {
	}

	protected AuditedEntity(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
