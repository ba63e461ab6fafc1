package org.fugong.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.TimeFormat;
import org.fugong.common.domain.SuspendingMeasure;

/**
 * A production stop (停工停产) ordered by the district on a notice. It keeps the
 * whitelist entries it suspended, so that lifting it restores exactly those.
 */
@Entity
@Table(name = "production_stop")
class ProductionStop extends SuspendingMeasure {

	@Column(name = "grid_code")
	private String gridCode;

	@Column(name = "notice_id")
	private long noticeId;

	@Enumerated(EnumType.STRING)
	private StopState state;

	private String reason;

	@Column(name = "ordered_at")
	private Instant orderedAt;

	@Column(name = "ordered_on")
	private LocalDate orderedOn;

	@Column(name = "ordered_by")
	private String orderedBy;

	@Column(name = "lifted_at")
	private Instant liftedAt;

	@Column(name = "lifted_on")
	private LocalDate liftedOn;

	@Column(name = "lifted_by")
	private String liftedBy;

	@Column(name = "lift_reason")
	private String liftReason;

	@Column(name = "lift_inspection_id")
	private Long liftInspectionId;

	protected ProductionStop() {
	}

	ProductionStop(RectificationNotice notice, String reason, String by, Instant at, List<Long> suspended) {
		super(notice.getEnterpriseId(), notice.getEnterpriseName(), notice.getDistrictCode(), notice.getTownCode());
		this.gridCode = notice.getGridCode();
		this.noticeId = notice.getId();
		this.state = StopState.IN_FORCE;
		this.reason = reason;
		this.orderedAt = at;
		this.orderedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
		this.orderedBy = by;
		suspended(suspended);
	}

	void lift(String reason, String by, Instant at, long inspectionId) {
		if (this.state != StopState.IN_FORCE) {
			throw new IllegalStateException("Stop " + getId() + " is not in force");
		}
		this.state = StopState.LIFTED;
		this.liftReason = reason;
		this.liftedBy = by;
		this.liftedAt = at;
		this.liftedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
		this.liftInspectionId = inspectionId;
	}

	StopView toView() {
		return new StopView(getId(), getEnterpriseId(), getEnterpriseName(), getDistrictCode(), getTownCode(),
				this.gridCode, this.noticeId, this.state, this.reason, this.orderedAt, this.orderedBy, this.liftedAt,
				this.liftedBy, this.liftReason);
	}

	long getNoticeId() {
		return this.noticeId;
	}

	StopState getState() {
		return this.state;
	}

	Instant getOrderedAt() {
		return this.orderedAt;
	}

}
