package org.fugong.appeal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.web.FormPost;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One item's page and the forms on it: the conversation (messages, internal
 * notes, files), routing (assign, escalate, transfer) and the end of a round
 * (answer, rating, reopening). Every form is refused the same way, by the
 * shared {@link FormPost}: the page again with the field messages, nothing changed.
 */
@Controller
@RequiredArgsConstructor
class AppealItemController {

	private static final String VIEW = "appeals/detail";

	private final AppealService appeals;

	private final AppealConversation conversation;

	private final AppealRouting routing;

	private final AppealClosing closing;

	@GetMapping("/appeals/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, model);
	}

	@PostMapping("/appeals/{id}/messages")
	String message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return post(user, id, model, result, response)
			.submit(done(id, redirect, "appeal.messageSent",
					() -> this.conversation.message(user, id, form.getText())));
	}

	@PostMapping("/appeals/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return post(user, id, model, result, response)
			.submit(done(id, redirect, "appeal.noteAdded",
					() -> this.conversation.note(user, id, form.getText())));
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		AppealConversation.AttachmentDownload file = this.conversation.attachment(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/appeals/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.on(OptimisticLockingFailureException.class, (ex) -> conflict(user, id, model, response))
			.submit(done(id, redirect, "appeal.assigned",
					() -> this.routing.assign(user, id, form.getAssignee(), form.getVersion())));
	}

	@PostMapping("/appeals/{id}/escalate")
	String escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("escalateForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.submit(done(id, redirect, "appeal.escalated",
					() -> this.routing.escalate(user, id, form.getReason())));
	}

	@PostMapping("/appeals/{id}/transfer")
	String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.submit(done(id, redirect, "appeal.transferred",
					() -> this.routing.transfer(user, id, form.getDepartment(), form.getReason())));
	}

	@PostMapping("/appeals/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("respondForm") RespondForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.rejectingInvalidInput()
			.on(OptimisticLockingFailureException.class, (ex) -> conflict(user, id, model, response))
			.submit(done(id, redirect, form.isResolved() ? "appeal.resolved" : "appeal.answered",
					() -> this.closing.respond(user, id, form.getAnswer(), form.isResolved(), form.getUpheld(),
							form.getVersion())));
	}

	@PostMapping("/appeals/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.submit(done(id, redirect, "appeal.closed",
					() -> this.closing.close(user, id, form.getSatisfaction(), form.getComment())));
	}

	@PostMapping("/appeals/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reopenForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return guardedPost(user, id, model, result, response)
			.rejecting(BusinessRuleException.class, 422, (ex, errors) -> errors.rejectValue("reason", ex.messageKey()))
			.submit(done(id, redirect, "appeal.reopened",
					() -> this.closing.reopen(user, id, form.getReason())));
	}

	/** A post of one of the page's forms, shown again on the page when refused. */
	private FormPost post(CurrentUser user, long id, Model model, BindingResult result,
			HttpServletResponse response) {
		return FormPost.of(result, response, () -> page(user, id, model));
	}

	/** As {@link #post}, and an item that moved on meanwhile is shown as it is now (409). */
	private FormPost guardedPost(CurrentUser user, long id, Model model, BindingResult result,
			HttpServletResponse response) {
		return post(user, id, model, result, response).on(ConflictException.class,
				(ex) -> conflict(user, id, model, response));
	}

	/** Back to the item with a flash message. */
	private static Supplier<String> done(long id, RedirectAttributes redirect, String message, Runnable action) {
		return () -> {
			action.run();
			redirect.addFlashAttribute("message", message);
			return "redirect:/appeals/" + id;
		};
	}

	private String conflict(CurrentUser user, long id, Model model, HttpServletResponse response) {
		// Somebody acted first, or the item moved on: show it as it is now.
		response.setStatus(409);
		model.asMap().remove("assignForm");
		model.asMap().remove("respondForm");
		model.asMap().remove("escalateForm");
		model.asMap().remove("transferForm");
		model.addAttribute("conflict", true);
		return page(user, id, model);
	}

	private String page(CurrentUser user, long id, Model model) {
		AppealDetail appeal = this.appeals.detail(user, id);
		AppealState state = appeal.summary().state();
		boolean enterprise = user.enterpriseId() != null;
		boolean acting = AppealAccess.acts(user, appeal.summary());
		model.addAttribute("appeal", appeal);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("canReply", enterprise && state != AppealState.CLOSED);
		model.addAttribute("canClose", enterprise && (state == AppealState.ANSWERED || state == AppealState.RESOLVED));
		model.addAttribute("canReopen", enterprise && appeal.reopenable());
		model.addAttribute("canAnswer", acting && state.isOpen());
		model.addAttribute("canNote", acting);
		boolean canAssign = user.is(Role.DISTRICT_OFFICIAL) && state != AppealState.RESOLVED
				&& state != AppealState.CLOSED;
		model.addAttribute("canAssign", canAssign);
		model.addAttribute("assignees", canAssign ? this.routing.assignees(user, id) : List.of());
		boolean canEscalate = user.is(Role.DISTRICT_OFFICIAL) && state.isOpen() && state != AppealState.ESCALATED;
		boolean canTransfer = state.isOpen() && (user.is(Role.DISTRICT_OFFICIAL) && state != AppealState.ESCALATED
				|| user.is(Role.CITY_OFFICIAL) && state == AppealState.ESCALATED);
		model.addAttribute("canEscalate", canEscalate);
		model.addAttribute("canTransfer", canTransfer);
		model.addAttribute("departments", canTransfer ? this.routing.departments() : List.of());
		model.addAttribute("contestsRejection", appeal.summary().type() == AppealType.APPLICATION_REJECTED);
		model.addAttribute("ratings", List.of(5, 4, 3, 2, 1));
		addForm(model, "escalateForm", ReasonForm::new);
		addForm(model, "transferForm", TransferForm::new);
		addForm(model, "messageForm", TextForm::new);
		addForm(model, "noteForm", TextForm::new);
		addForm(model, "assignForm", () -> {
			AssignForm form = new AssignForm();
			form.setAssignee(appeal.assignee());
			form.setVersion(appeal.version());
			return form;
		});
		addForm(model, "respondForm", () -> {
			RespondForm form = new RespondForm();
			form.setVersion(appeal.version());
			return form;
		});
		addForm(model, "closeForm", CloseForm::new);
		addForm(model, "reopenForm", ReasonForm::new);
		return VIEW;
	}

	/** A blank form, unless the one posted comes back with its messages. */
	private static void addForm(Model model, String name, Supplier<Object> blank) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, blank.get());
		}
	}

}
