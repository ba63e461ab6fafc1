package org.fugong.inspection.cases;

/** The 私自复工 list's filters: state, town, and part of the site's name or address; each optional. */
public record CaseFilter(CaseState state, String town, String q) {

	static final CaseFilter NONE = new CaseFilter(null, null, null);

}
