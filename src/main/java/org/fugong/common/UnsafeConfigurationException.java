package org.fugong.common;

/**
 * The application refuses to start because its configuration would put data at
 * risk (a demo key outside the demo, a database that may lose acknowledged
 * writes). Says what is wrong and what the operator should do about it.
 */
public class UnsafeConfigurationException extends IllegalStateException {

	private final String action;

	public UnsafeConfigurationException(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
