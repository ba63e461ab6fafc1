package org.fugong.vehicle;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The officials' trace page ({@code /gate/vehicles}, the gate's) also lists the
 * trips reported as not left: the gate does not know trips, so this module
 * adds them to that page's model (and to no other request).
 */
@ControllerAdvice(basePackages = "org.fugong.gate")
@RequiredArgsConstructor
class TracePageAdvice {

	static final String TRACE_PAGE = "/gate/vehicles";

	private final TripTraces traces;

	@ModelAttribute
	void notLeft(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null && user.isOfficial() && "GET".equals(request.getMethod())
				&& (request.getContextPath() + TRACE_PAGE).equals(request.getRequestURI())) {
			model.addAttribute("notLeftTrips", this.traces.notLeft(user));
		}
	}

}
