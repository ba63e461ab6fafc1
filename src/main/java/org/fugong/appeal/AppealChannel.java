package org.fugong.appeal;

/**
 * How a demand reached the platform: filed online by the enterprise, or logged by
 * an official from the service hotline (服务专线) or at the counter (窗口).
 */
public enum AppealChannel {

	HOTLINE, COUNTER, ONLINE

}
