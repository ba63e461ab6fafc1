package org.fugong.common;

/**
 * Sends one text message. The default implementation only logs it (masked);
 * a real gateway is a bean of this type chosen by {@code fugong.sms.gateway}.
 */
public interface SmsGateway {

	/** Sends {@code body} to {@code phone}; throws when the gateway refused it, so that it is tried again. */
	void send(String phone, String body);

}
