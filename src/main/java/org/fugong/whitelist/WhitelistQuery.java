package org.fugong.whitelist;

import org.fugong.export.ExportParams;
import org.fugong.export.SqlWhere;
import org.fugong.security.Jurisdiction;

/**
 * The filters of a whitelist search; null means "any". {@code region} is a
 * district or a town code. The list page, the API and the export all filter by
 * this one type ({@link #where} is the repository's {@code search} in SQL).
 */
public record WhitelistQuery(WhitelistLevel level, String region, String batch, WhitelistStatus status) {

	public static final WhitelistQuery ALL = new WhitelistQuery(null, null, null, null);

	public WhitelistQuery {
		region = blankToNull(region);
		batch = blankToNull(batch);
	}

	/** The page's filters as an export request carries them. */
	static WhitelistQuery of(ExportParams params) {
		return new WhitelistQuery(params.choice("level", WhitelistLevel.class), params.text("region"),
				params.text("batch"), params.choice("status", WhitelistStatus.class));
	}

	/** The entries of {@code scope} under these filters, over {@code whitelist_entry w}. */
	SqlWhere where(Jurisdiction scope) {
		SqlWhere where = SqlWhere.within(scope, "w.district_code", "w.town_code")
			.equal("w.level", this.level)
			.equal("w.status", this.status);
		if (this.region != null) {
			where.and("(w.district_code = ? OR w.town_code = ?)", this.region, this.region);
		}
		return where.equal("w.batch", this.batch);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
