package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ExportSource;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.stereotype.Component;

/**
 * The applications as a sheet. An official's is the queue under the same
 * filters ({@code state, region, industry, overdue, sort}) as the page and
 * {@code GET /applications}, so with no state the applications waiting for
 * the official's role; an enterprise's is all of its own.
 */
@Component
class ApplicationExport implements ExportSource {

	private static final List<String> WAITING = List.of("SUBMITTED", "ACCEPTED", "MATERIALS_APPROVED", "SITE_VERIFIED");

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("export.col.id"),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.town", 14),
			ExportColumn.code("export.col.industry", "industry.", 16),
			ExportColumn.code("export.col.state", "application.state.", 14),
			ExportColumn.date("export.col.plannedResumeDate"), ExportColumn.number("export.col.returningStaff"),
			ExportColumn.dateTime("export.col.submittedAt"), ExportColumn.dateTime("export.col.dueAt"),
			ExportColumn.yesNo("export.col.overdue"), ExportColumn.dateTime("export.col.decidedAt"));

	@Override
	public String list() {
		return "applications";
	}

	@Override
	public String titleKey() {
		return "export.title.applications";
	}

	@Override
	public List<ExportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean allows(CurrentUser user) {
		return user.isOfficial() || user.is(Role.ENTERPRISE);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		ApplicationState state = params.choice("state", ApplicationState.class);
		String region = (params.text("region") != null) ? params.text("region") : params.text("town");
		String industry = params.text("industry");
		boolean overdue = params.flag("overdue");
		String sort = params.oneOf("sort", List.of("due", "submitted", "name"));
		Instant now = Instant.now();
		StringBuilder from = new StringBuilder(" FROM resumption_request r JOIN region t ON t.code = r.town_code WHERE true");
		List<Object> args = new ArrayList<>();
		if (user.is(Role.ENTERPRISE)) {
			from.append(" AND r.enterprise_id = ?");
			args.add(user.requireEnterpriseId());
			if (state != null) {
				from.append(" AND r.state = ?");
				args.add(state.name());
			}
		}
		else {
			Jurisdiction scope = user.jurisdiction();
			if (scope.districtCode() != null) {
				from.append(" AND r.district_code = ?");
				args.add(scope.districtCode());
			}
			if (scope.townCode() != null) {
				from.append(" AND r.town_code = ?");
				args.add(scope.townCode());
			}
			Set<ApplicationState> states = (state != null) ? Set.of(state)
					: user.is(Role.CITY_OFFICIAL) ? Set.of(ApplicationState.SUBMITTED, ApplicationState.ACCEPTED,
							ApplicationState.MATERIALS_APPROVED, ApplicationState.SITE_VERIFIED)
							: ApplicationState.waitingFor(user.role());
			from.append(" AND r.state = ANY (?)");
			args.add(states.stream().map(Enum::name).toArray(String[]::new));
			if (region != null) {
				from.append(" AND r.town_code = ?");
				args.add(region);
			}
			if (industry != null) {
				from.append(" AND r.industry = ?");
				args.add(industry);
			}
		}
		if (overdue) {
			from.append(" AND r.due_at < ? AND r.state = ANY (?)");
			args.add(Timestamp.from(now));
			args.add(WAITING.toArray(String[]::new));
		}
		String order = switch ((sort != null) ? sort : "due") {
			case "submitted" -> "r.submitted_at DESC NULLS LAST, r.id DESC";
			case "name" -> "r.enterprise_name, r.id";
			default -> "r.due_at ASC NULLS LAST, r.id";
		};
		return ExportQuery.sql("""
				r.id, r.enterprise_name, t.name AS town, r.industry, r.state, r.planned_resume_date, r.returning_staff,
				r.submitted_at, r.due_at, (r.due_at < now() AND r.state IN ('SUBMITTED','ACCEPTED','MATERIALS_APPROVED',
				'SITE_VERIFIED')) AS overdue, r.decided_at""", from.toString(), order, args,
				(rs) -> new Object[] { rs.getLong("id"), rs.getString("enterprise_name"), rs.getString("town"),
						rs.getString("industry"), rs.getString("state"),
						rs.getObject("planned_resume_date", java.time.LocalDate.class), rs.getInt("returning_staff"),
						instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("due_at")),
						rs.getBoolean("overdue"), instant(rs.getTimestamp("decided_at")) });
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
