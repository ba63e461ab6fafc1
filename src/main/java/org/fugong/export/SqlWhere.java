package org.fugong.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

/**
 * A list's {@code WHERE} clause with its positional arguments, built condition by
 * condition: the one place the jurisdiction clause is written, so a list page and
 * its export that build their filter through the same scope type answer the same rows.
 */
public final class SqlWhere {

	private final StringBuilder sql = new StringBuilder(" WHERE true");

	private final List<Object> args = new ArrayList<>();

	private SqlWhere() {
	}

	/** Rows of the jurisdiction (a null code: any) by the table's district and town columns. */
	public static SqlWhere within(Jurisdiction scope, String districtColumn, String townColumn) {
		SqlWhere where = new SqlWhere();
		where.equal(districtColumn, scope.districtCode());
		where.equal(townColumn, scope.townCode());
		return where;
	}

	/**
	 * The caller's rows: enterprise staff's of their own enterprise, an
	 * official's of the jurisdiction (by the table's district and town columns).
	 */
	public static SqlWhere forCaller(CurrentUser user, String enterpriseColumn, String districtColumn,
			String townColumn) {
		if (user.is(Role.ENTERPRISE)) {
			return new SqlWhere().equal(enterpriseColumn, user.requireEnterpriseId());
		}
		return within(user.jurisdiction(), districtColumn, townColumn);
	}

	/** Appends {@code AND condition}, its {@code ?} bound to {@code values} in order. */
	public SqlWhere and(String condition, Object... values) {
		this.sql.append(" AND ").append(condition);
		Collections.addAll(this.args, values);
		return this;
	}

	/** {@code column = value} when a value is given (an enum by its name); nothing otherwise. */
	public SqlWhere equal(String column, Object value) {
		if (value != null) {
			and(column + " = ?", (value instanceof Enum<?> constant) ? constant.name() : value);
		}
		return this;
	}

	public String sql() {
		return this.sql.toString();
	}

	public List<Object> args() {
		return Collections.unmodifiableList(new ArrayList<>(this.args));
	}

}
