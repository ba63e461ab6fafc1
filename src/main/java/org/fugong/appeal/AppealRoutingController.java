package org.fugong.appeal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fugong.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on an item that route it: assign, escalate to the city, transfer to a department. */
@Controller
class AppealRoutingController {

	private final AppealRouting routing;

	private final AppealPage page;

	AppealRoutingController(AppealRouting routing, AppealPage page) {
		this.routing = routing;
		this.page = page;
	}

	@PostMapping("/appeals/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.on(OptimisticLockingFailureException.class, (ex) -> this.page.conflict(user, id, model, response))
			.submit(AppealPage.done(id, redirect, "appeal.assigned",
					() -> this.routing.assign(user, id, form.getAssignee(), form.getVersion())));
	}

	@PostMapping("/appeals/{id}/escalate")
	String escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("escalateForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.submit(AppealPage.done(id, redirect, "appeal.escalated",
					() -> this.routing.escalate(user, id, form.getReason())));
	}

	@PostMapping("/appeals/{id}/transfer")
	String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.submit(AppealPage.done(id, redirect, "appeal.transferred",
					() -> this.routing.transfer(user, id, form.getDepartment(), form.getReason())));
	}

}
