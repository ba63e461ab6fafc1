package org.fugong.alert;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The alerts card of an official's home page, asked for by the template itself
 * ({@code alerts/card}), so that the home page includes it with one line: the
 * open alerts of the caller's jurisdiction, newest first.
 */
@Component("alertCard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlertCard {

	static final int SHOWN = 5;

	private final AlertService alerts;

	/** The card of the signed-in user; null for anyone who does not follow alerts. */
	public Card of(Object principal) {
		if (!(principal instanceof CurrentUser user) || !AlertService.follows(user)) {
			return null;
		}
		Page<AlertView> open = this.alerts.search(user, AlertState.OPEN, null, PageRequest.of(0, SHOWN));
		return new Card(open.getTotalElements(), open.getContent());
	}

	/** How many alerts are open, and the newest of them. */
	public record Card(long open, List<AlertView> latest) {
	}

}
