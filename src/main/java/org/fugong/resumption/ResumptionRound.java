package org.fugong.resumption;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

import org.hibernate.annotations.Immutable;

/**
 * One submission of an application, frozen: the content as the JSON text written
 * when it was submitted, and the materials then attached. Nothing changes it later.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "submitted_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "submitted_at"))
@Table(name = "resumption_round")
class ResumptionRound extends AuditedEntity {

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "round_no")
	private int roundNo;

	@Column(name = "self_check_id")
	private Long selfCheckId;

	@Column(name = "fix_items")
	private String fixItems;

	private String content;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resumption_round_material", joinColumns = @JoinColumn(name = "round_id"))
	@Column(name = "material_id")
	private Set<Long> materialIds = new LinkedHashSet<>();

	protected ResumptionRound() {
	}

	ResumptionRound(long requestId, int roundNo, Instant submittedAt, String submittedBy, Long selfCheckId,
			String fixItems, String content, Set<Long> materialIds) {
		super(submittedBy, submittedAt);
		this.requestId = requestId;
		this.roundNo = roundNo;
		this.selfCheckId = selfCheckId;
		this.fixItems = fixItems;
		this.content = content;
		this.materialIds.addAll(materialIds);
	}

	int getRoundNo() {
		return this.roundNo;
	}

	Instant getSubmittedAt() {
		return getCreatedAt();
	}

	String getSubmittedBy() {
		return getCreatedBy();
	}

	Long getSelfCheckId() {
		return this.selfCheckId;
	}

	String getFixItems() {
		return this.fixItems;
	}

	String getContent() {
		return this.content;
	}

	Set<Long> getMaterialIds() {
		return this.materialIds;
	}

}
