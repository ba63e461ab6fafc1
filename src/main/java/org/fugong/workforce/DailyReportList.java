package org.fugong.workforce;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.export.ExportQuery;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reports as the officials' list and its export show them, with
 * their enterprise and town, newest day first, by town and enterprise: one
 * query for the page and the sheet alike, over a scope the caller has already
 * checked.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DailyReportList {

	private static final String SELECT = """
			d.enterprise_id, e.name AS enterprise, e.credit_code, t.name AS town, d.report_date, d.staff_on_site,
			d.capacity_percent, d.antigen_tested, d.pcr_sampled, d.abnormal, d.problems, d.updated_at""";

	private static final String FROM = """
			FROM daily_report d
			JOIN enterprise_directory e ON e.id = d.enterprise_id
			JOIN region t ON t.code = e.town_code
			""";

	private static final String ORDER = "d.report_date DESC, t.sort_order, e.name, e.id";

	private final JdbcTemplate jdbc;

	/** The reports of a scope filed from one day to another, both inclusive, for a sheet. */
	public ExportQuery export(Jurisdiction scope, LocalDate from, LocalDate to) {
		return ExportQuery.sql(SELECT, within(scope), ORDER, args(scope, from, to), DailyReportList::cells);
	}

	/** All of one enterprise's reports, for its own sheet. */
	public ExportQuery export(long enterpriseId) {
		return ExportQuery.sql(SELECT, FROM + "WHERE d.enterprise_id = ?", ORDER, List.of(enterpriseId),
				DailyReportList::cells);
	}

	/** The reports of a scope filed on a day, a page of them. */
	@Transactional(readOnly = true)
	public Page<DayReport> page(Jurisdiction scope, LocalDate day, Pageable pageable) {
		String from = within(scope);
		List<Object> args = args(scope, day, day);
		Long total = this.jdbc.queryForObject("SELECT count(*) " + from, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<DayReport> rows = this.jdbc.query("SELECT " + SELECT + " " + from + " ORDER BY " + ORDER
				+ " LIMIT ? OFFSET ?", (rs, n) -> new DayReport(rs.getLong("enterprise_id"), rs.getString("enterprise"),
						rs.getString("town"), rs.getObject("report_date", LocalDate.class), rs.getInt("staff_on_site"),
						rs.getInt("capacity_percent"), rs.getInt("antigen_tested"), rs.getInt("pcr_sampled"),
						rs.getInt("abnormal"), rs.getString("problems"), rs.getTimestamp("updated_at").toInstant()),
				args.toArray());
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	private static String within(Jurisdiction scope) {
		return FROM + "WHERE d.report_date BETWEEN ? AND ?" + scope.where("e");
	}

	private static List<Object> args(Jurisdiction scope, LocalDate from, LocalDate to) {
		return new ArrayList<>(Arrays.asList(scope.after(Date.valueOf(from), Date.valueOf(to))));
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getObject("report_date", LocalDate.class), rs.getString("enterprise"),
				rs.getString("credit_code"), rs.getString("town"), rs.getInt("staff_on_site"),
				rs.getInt("capacity_percent"), rs.getInt("antigen_tested"), rs.getInt("pcr_sampled"),
				rs.getInt("abnormal"), rs.getString("problems"), rs.getTimestamp("updated_at").toInstant() };
	}

}
