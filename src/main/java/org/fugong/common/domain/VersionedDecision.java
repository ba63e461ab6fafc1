package org.fugong.common.domain;

import jakarta.validation.constraints.NotNull;

/**
 * An official's decision on a record two officials may act on: the action
 * chosen and the version of the record the official saw, both required, so
 * that a decision on a record that moved on meanwhile is refused (409) rather
 * than applied to what the official never saw. A feature's form adds its
 * opinion with its own limit and anything else the decision needs.
 *
 * @param <A> the feature's actions
 */
public abstract class VersionedDecision<A extends Enum<A>> {

	@NotNull(message = "{validation.required}")
	private A action;

	@NotNull(message = "{validation.version.required}")
	private Long version;

	public A getAction() {
		return this.action;
	}

	public void setAction(A action) {
		this.action = action;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
