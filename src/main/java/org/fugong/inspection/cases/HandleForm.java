package org.fugong.inspection.cases;

/** The district's step on a 私自复工 case: the new state, why, and the version the official saw. */
class HandleForm {

	private CaseState state;

	private String reason;

	private Long version;

	public CaseState getState() {
		return this.state;
	}

	public void setState(CaseState state) {
		this.state = state;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
