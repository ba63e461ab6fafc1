package org.fugong.gate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

import org.fugong.pass.VerificationReason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Forged codes scanned by one device (a guard's phone, named by its guard): a
 * token bucket of {@code fugong.gate.forged-per-minute} (10) refilled whole
 * each minute. Each forged code (unknown key, bad signature) takes a token; with none
 * left the device's next scans are refused with 429 before they are verified or
 * logged, so a stolen device cannot flood the scan log with forgeries. Genuine
 * scans take nothing. Per instance, as the load balancer keeps a phone on one.
 */
@Component
class ForgedScans {

	static final String RETRY_AFTER_SECONDS = "60";

	private static final int MAX_DEVICES = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	ForgedScans(@Value("${fugong.gate.forged-per-minute:10}") int perMinute) {
		this.perMinute = Math.max(1, perMinute);
	}

	/** Refuses the device's scan while its forgeries are over the limit. */
	void requireAllowed(String device) {
		Bucket bucket = this.buckets.get(device);
		if (bucket != null && bucket.getAvailableTokens() < 1) {
			throw new TooManyForgedScansException();
		}
	}

	/** Counts a forged code against the device. */
	void record(String device, VerificationReason reason) {
		if (reason != VerificationReason.UNKNOWN_KEY && reason != VerificationReason.BAD_SIGNATURE) {
			return;
		}
		if (this.buckets.size() >= MAX_DEVICES) {
			this.buckets.clear();
		}
		this.buckets.computeIfAbsent(device, (name) -> Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perMinute).refillIntervally(this.perMinute, Duration.ofMinutes(1)))
			.build()).tryConsume(1);
	}

	/** Too many forged codes from one device lately (429). */
	static class TooManyForgedScansException extends RuntimeException {

		TooManyForgedScansException() {
			super("Too many forged codes from this device");
		}

	}

}
