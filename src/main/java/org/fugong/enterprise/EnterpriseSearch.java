package org.fugong.enterprise;

import org.fugong.export.ExportParams;
import org.fugong.export.SqlWhere;
import org.fugong.security.Jurisdiction;

/**
 * The officials' enterprise list filter: {@code q} is a credit code or part of
 * the name (blank: any). The list page ({@code searchInJurisdiction}) and the
 * export both read it through this type.
 */
record EnterpriseSearch(String q) {

	EnterpriseSearch {
		q = (q == null || q.isBlank()) ? null : q.trim();
	}

	static EnterpriseSearch of(ExportParams params) {
		return new EnterpriseSearch(params.text("q"));
	}

	/** The enterprises of {@code scope} matching, over {@code enterprise e}. */
	SqlWhere where(Jurisdiction scope) {
		SqlWhere where = SqlWhere.within(scope, "e.district_code", "e.town_code");
		if (this.q != null) {
			where.and("(e.credit_code = upper(?) OR lower(e.name) LIKE lower('%' || ? || '%'))", this.q, this.q);
		}
		return where;
	}

}
