package org.fugong.dossier;

import java.time.Instant;

/**
 * One line of an enterprise's timeline: what happened ({@code kind}), the state
 * it led to where there is one, a short subject (a notice number, an appeal's
 * subject), who did it, and the page it links to for officials.
 */
public record FileEvent(Instant at, Kind kind, String state, String subject, String actor, String link) {

	public enum Kind {

		REGISTERED, VERIFICATION, APPLICATION, WHITELIST, INSPECTION, NOTICE_ISSUED, NOTICE_CLOSED, STOP_ORDERED,
		STOP_LIFTED, APPEAL_RECEIVED, APPEAL_CLOSED, LIAISON_ASSIGNED, VISIT

	}

}
