package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fugong.export.ExportParams;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

/**
 * The filters of an official's queue. With no state given the queue holds what
 * waits for the caller's own role; {@code sort} is {@code due}, {@code submitted} or {@code name}.
 * The queue page ({@link ResumptionQueue}) and the export both scope their rows by {@link #where}.
 */
record QueueFilter(ApplicationState state, String town, String industry, boolean overdueOnly, String sort) {

	static final QueueFilter WAITING = new QueueFilter(null, null, null, false, null);

	/** The states of a step that waits for someone. */
	static final String WAITING_STATES = "('SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED')";

	/** The queue's filters as an export request carries them ({@code region} or {@code town}). */
	static QueueFilter of(ExportParams params) {
		String region = (params.text("region") != null) ? params.text("region") : params.text("town");
		return new QueueFilter(params.choice("state", ApplicationState.class), region, params.text("industry"),
				params.flag("overdue"), params.oneOf("sort", List.of("due", "submitted", "name")));
	}

	/** The official's queue under these filters, over {@code resumption_request r}. */
	SqlWhere where(CurrentUser official, Instant now) {
		SqlWhere where = SqlWhere.within(official.jurisdiction(), "r.district_code", "r.town_code");
		Set<ApplicationState> states = (this.state != null) ? Set.of(this.state) : waitingStates(official);
		String[] names = states.stream().map(Enum::name).toArray(String[]::new);
		if (this.state == null && official.is(Role.DISTRICT_OFFICIAL)) {
			// 督办: a town's step overdue past its grace also waits in its district's queue.
			where.and("(r.state = ANY (?) OR EXISTS (SELECT 1 FROM resumption_escalation e"
					+ " WHERE e.request_id = r.id AND e.cleared_at IS NULL AND e.escalated_to = 'DISTRICT_OFFICIAL'))",
					(Object) names);
		}
		else {
			where.and("r.state = ANY (?)", (Object) names);
		}
		where.equal("r.town_code", this.town).equal("r.industry", this.industry);
		return overdue(where, now);
	}

	/** Narrows {@code where} to the overdue applications when asked. */
	SqlWhere overdue(SqlWhere where, Instant now) {
		if (this.overdueOnly) {
			where.and("r.due_at < ? AND r.state IN " + WAITING_STATES, Timestamp.from(now));
		}
		return where;
	}

	String orderBy() {
		return switch ((this.sort != null) ? this.sort : "due") {
			case "submitted" -> "r.submitted_at DESC NULLS LAST, r.id DESC";
			case "name" -> "r.enterprise_name, r.id";
			default -> "r.due_at ASC NULLS LAST, r.id";
		};
	}

	private static Set<ApplicationState> waitingStates(CurrentUser official) {
		if (official.is(Role.CITY_OFFICIAL)) {
			return Set.of(ApplicationState.SUBMITTED, ApplicationState.ACCEPTED, ApplicationState.MATERIALS_APPROVED,
					ApplicationState.SITE_VERIFIED);
		}
		return ApplicationState.waitingFor(official.role());
	}

}
