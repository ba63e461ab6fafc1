package org.fugong.selfcheck;

/**
 * One item's answer on the page: yes, no, or not yet; and a note.
 */
class AnswerForm {

	private Boolean satisfied;

	private String note;

	public Boolean getSatisfied() {
		return this.satisfied;
	}

	public void setSatisfied(Boolean satisfied) {
		this.satisfied = satisfied;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
