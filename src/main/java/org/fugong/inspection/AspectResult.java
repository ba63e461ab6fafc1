package org.fugong.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One aspect of one inspection: passed or failed, with the inspector's note. */
@Embeddable
class AspectResult {

	@Enumerated(EnumType.STRING)
	@Column(name = "aspect")
	private Aspect aspect;

	@Column(name = "passed")
	private boolean passed;

	@Column(name = "note")
	private String note;

	protected AspectResult() {
	}

	AspectResult(Aspect aspect, boolean passed, String note) {
		this.aspect = aspect;
		this.passed = passed;
		this.note = note;
	}

	Aspect aspect() {
		return this.aspect;
	}

	boolean passed() {
		return this.passed;
	}

	String note() {
		return this.note;
	}

}
