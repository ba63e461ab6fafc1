package org.fugong.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A failed aspect a notice names, with the inspector's note and the enterprise's answer. */
@Embeddable
class NoticeAspect {

	@Enumerated(EnumType.STRING)
	@Column(name = "aspect")
	private Aspect aspect;

	@Column(name = "note")
	private String note;

	@Column(name = "answer")
	private String answer;

	protected NoticeAspect() {
	}

	NoticeAspect(Aspect aspect, String note) {
		this.aspect = aspect;
		this.note = note;
	}

	Aspect aspect() {
		return this.aspect;
	}

	String note() {
		return this.note;
	}

	String answer() {
		return this.answer;
	}

	void answer(String text) {
		this.answer = text;
	}

}
