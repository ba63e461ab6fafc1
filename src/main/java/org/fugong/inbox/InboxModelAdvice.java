package org.fugong.inbox;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the enterprise's (or the official's) unread count in every page's model for the header badge.
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class InboxModelAdvice {

	private final InboxService inbox;

	@ModelAttribute("unreadCount")
	Long unreadCount(@AuthenticationPrincipal CurrentUser user) {
		return (user != null && (user.enterpriseId() != null || user.isOfficial() || user.is(Role.DEPARTMENT_OFFICER)))
				? this.inbox.unreadCount(user)
				: null;
	}

}
