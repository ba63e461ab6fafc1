package org.fugong.common;

import java.util.Map;
import java.util.TreeSet;

/**
 * Sends one text message. The default implementation only logs it (masked); a
 * real gateway is a bean of this type whose bean name {@code fugong.sms.gateway}
 * gives (chosen at every start, also in an AOT-processed build).
 */
public interface SmsGateway {

	/** The gateway {@code fugong.sms.gateway} names; the start is refused when there is none of that name. */
	static SmsGateway chosen(Map<String, SmsGateway> gateways, String name) {
		SmsGateway gateway = gateways.get(name);
		if (gateway == null) {
			throw new UnsafeConfigurationException("fugong.sms.gateway (FUGONG_SMS_GATEWAY) is " + name
					+ ", but there is no SMS gateway of that name: text messages could not be sent.",
					"Set it to one of " + new TreeSet<>(gateways.keySet())
							+ " (logging only writes each message to the log), or build the application with "
							+ "that gateway (docs/operations.md).");
		}
		return gateway;
	}

	/** Sends {@code body} to {@code phone}; throws when the gateway refused it, so that it is tried again. */
	void send(String phone, String body);

}
