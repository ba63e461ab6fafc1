package org.fugong.dashboard;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the official's queues in the model of every page they open, for the
 * sidebar's badges and the home page's to-do list. Only GET requests outside the
 * API get them, and the counts run only when a page shows them (not for a
 * download or a redirect).
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class WorkbenchAdvice {

	private final WorkbenchService workbench;

	@ModelAttribute("workbench")
	Workbench workbench(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		if (!WorkbenchService.worksFromTheWorkbench(user) || !"GET".equals(request.getMethod())
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		return this.workbench.of(user);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
