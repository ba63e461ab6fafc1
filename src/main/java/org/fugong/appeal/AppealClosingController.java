package org.fugong.appeal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fugong.common.BusinessRuleException;
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

/** The forms on an item that end a round: the official's answer, the enterprise's rating or reopening. */
@Controller
class AppealClosingController {

	private final AppealClosing closing;

	private final AppealPage page;

	AppealClosingController(AppealClosing closing, AppealPage page) {
		this.closing = closing;
		this.page = page;
	}

	@PostMapping("/appeals/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("respondForm") RespondForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.on(OptimisticLockingFailureException.class, (ex) -> this.page.conflict(user, id, model, response))
			.submit(AppealPage.done(id, redirect, form.isResolved() ? "appeal.resolved" : "appeal.answered",
					() -> this.closing.respond(user, id, form.getAnswer(), form.isResolved(), form.getUpheld(),
							form.getVersion())));
	}

	@PostMapping("/appeals/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.submit(AppealPage.done(id, redirect, "appeal.closed",
					() -> this.closing.close(user, id, form.getSatisfaction(), form.getComment())));
	}

	@PostMapping("/appeals/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reopenForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.page.guardedPost(user, id, model, result, response)
			.rejecting(BusinessRuleException.class, 422, (ex, errors) -> errors.rejectValue("reason", ex.messageKey()))
			.submit(AppealPage.done(id, redirect, "appeal.reopened",
					() -> this.closing.reopen(user, id, form.getReason())));
	}

}
