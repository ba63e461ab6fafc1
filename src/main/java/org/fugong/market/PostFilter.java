package org.fugong.market;

import org.fugong.export.ExportParams;

/**
 * The filters of the post list, its API and its export: keyword, kind,
 * category, the region a post must cover, the poster's town (officials), the
 * state (officials) or open posts only. The officials' oversight page, its API
 * and the export take theirs from {@link #oversight}.
 */
record PostFilter(String q, PostKind kind, PostCategory category, String region, String town, PostState state,
		boolean openOnly) {

	static PostFilter open() {
		return new PostFilter(null, null, null, null, null, null, true);
	}

	/** The officials' oversight: posts of the jurisdiction in every state unless one is asked. */
	static PostFilter oversight(String q, PostKind kind, PostCategory category, String town, PostState state) {
		return new PostFilter(blankToNull(q), kind, category, null, blankToNull(town), state, false);
	}

	/** The oversight filters as an export request carries them. */
	static PostFilter oversight(ExportParams params) {
		return oversight(params.text("q"), params.choice("kind", PostKind.class),
				params.choice("category", PostCategory.class), params.text("town"),
				params.choice("state", PostState.class));
	}

	/** This filter with the region dropped and every state shown: what the oversight page lists. */
	PostFilter overseen() {
		return oversight(this.q, this.kind, this.category, this.town, this.state);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
