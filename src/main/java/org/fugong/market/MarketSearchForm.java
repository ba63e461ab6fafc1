package org.fugong.market;

/** The search page's filters, as they come in the URL; {@code open} defaults to open posts only. */
record MarketSearchForm(String q, PostKind kind, PostCategory category, String region, String town, PostState state,
		Boolean open, Integer page) {

	PostFilter toFilter() {
		return new PostFilter(PostFilter.blankToNull(this.q), this.kind, this.category,
				PostFilter.blankToNull(this.region), PostFilter.blankToNull(this.town), this.state,
				!Boolean.FALSE.equals(this.open));
	}

	static MarketSearchForm empty() {
		return new MarketSearchForm(null, null, null, null, null, null, null, 0);
	}

}
