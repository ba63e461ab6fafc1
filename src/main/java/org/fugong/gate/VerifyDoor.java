package org.fugong.gate;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way a scan sent online is answered, whichever entrance it came by: the
 * fast path for the gate page's device token ({@link VerifyFastPath}) or the
 * controller for a session or anything the fast path leaves to the normal chain.
 * It verifies and logs through {@link GateService} (whose {@link ScanInput} is the
 * one validation), times the answer by entrance, and puts the reason in the
 * guard's words.
 */
@Component
@RequiredArgsConstructor
class VerifyDoor {

	private final GateService gate;

	private final MessageSource messages;

	private final GateMetrics metrics;

	/** The answer to a scan, by the entrance named ({@link GateMetrics#FAST} or {@link GateMetrics#API}). */
	ScanAnswer answer(CurrentUser guard, ScanRequest scan, Locale locale, String entrance) {
		long start = System.nanoTime();
		ScanAnswer answer = this.gate.verify(guard, scan.qrText(), scan.direction(), scan.scanId());
		this.metrics.verified(entrance, answer, start);
		return answer.inWords(this.messages.getMessage("gate.reason." + answer.reason(), null, answer.reason(), locale));
	}

	/** A scan as the gate page sends it; checked by {@link ScanInput} in the service. */
	record ScanRequest(String qrText, Direction direction, String scanId) {
	}

}
