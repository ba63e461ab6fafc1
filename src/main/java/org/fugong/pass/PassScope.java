package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.fugong.export.ExportParams;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

/**
 * The passes a caller's list holds under a {@link PassQuery} at one instant: an
 * official's of the jurisdiction, an enterprise's own. The status filter reads
 * EXPIRED off the end of validity. The list page ({@code PassRepository.search})
 * and the export both take their filter from here.
 */
record PassScope(Long enterprise, Jurisdiction jurisdiction, PassType type, Long employee, PassStatus stored,
		Instant validAfter, Instant endedBy, String like, String code) {

	static PassScope of(CurrentUser user, PassQuery query, Instant now) {
		Long enterprise = user.isOfficial() ? null : user.requireEnterpriseId();
		Jurisdiction jurisdiction = user.isOfficial() ? user.jurisdiction() : Jurisdiction.EVERYWHERE;
		PassStatus stored = null;
		Instant validAfter = null;
		Instant endedBy = null;
		if (query.status() != null) {
			switch (query.status()) {
				case ACTIVE -> {
					stored = PassStatus.ACTIVE;
					validAfter = now;
				}
				case EXPIRED -> {
					stored = PassStatus.ACTIVE;
					endedBy = now;
				}
				case REVOKED -> stored = PassStatus.REVOKED;
			}
		}
		if (query.expiringSoon()) {
			stored = PassStatus.ACTIVE;
			validAfter = now;
			endedBy = now.plus(Duration.ofDays(3));
		}
		String q = (query.q() != null && !query.q().isBlank()) ? query.q().strip() : null;
		return new PassScope(enterprise, jurisdiction, query.type(), query.employeeId(), stored, validAfter, endedBy,
				(q != null) ? "%" + q + "%" : null, (q != null) ? q.toUpperCase() : null);
	}

	/** The list's filters as an export request carries them. */
	static PassQuery query(ExportParams params) {
		return new PassQuery(params.choice("type", PassType.class), params.choice("status", PassStatus.class),
				params.flag("expiringSoon"), params.text("q"), params.number("employeeId"));
	}

	/** These passes over {@code pass p}. */
	SqlWhere where() {
		SqlWhere where = SqlWhere.within(this.jurisdiction, "p.district_code", "p.town_code")
			.equal("p.enterprise_id", this.enterprise)
			.equal("p.type", this.type)
			.equal("p.employee_id", this.employee)
			.equal("p.status", this.stored);
		if (this.validAfter != null) {
			where.and("p.valid_to > ?", Timestamp.from(this.validAfter));
		}
		if (this.endedBy != null) {
			where.and("p.valid_to <= ?", Timestamp.from(this.endedBy));
		}
		if (this.like != null) {
			where.and("(p.holder_name LIKE ? OR p.department LIKE ? OR p.short_code = ?)", this.like, this.like,
					this.code);
		}
		return where;
	}

}
