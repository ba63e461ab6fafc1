package org.fugong.enterprise;

/**
 * The filters of the officials' verification queue, as the page and the API take
 * them: a state (PENDING unless told), a town of the official's district, and a
 * name, credit code or legal representative to look for.
 */
record VerificationFilter(Verification state, String town, String q) {

	Verification stateOrPending() {
		return (this.state != null) ? this.state : Verification.PENDING;
	}

	String query() {
		return (this.q == null || this.q.isBlank()) ? null : this.q.trim();
	}

	String townOrNull() {
		return (this.town == null || this.town.isBlank()) ? null : this.town;
	}

}
