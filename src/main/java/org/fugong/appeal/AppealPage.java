package org.fugong.appeal;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.fugong.common.ConflictException;
import org.fugong.common.web.FormPost;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One item's page, which every form on it shows again when refused: the
 * conversation, history and the forms its reader may use, each with what was
 * typed when it comes back with field messages.
 */
@Component
class AppealPage {

	private static final String VIEW = "appeals/detail";

	private final AppealService appeals;

	private final AppealRouting routing;

	AppealPage(AppealService appeals, AppealRouting routing) {
		this.appeals = appeals;
		this.routing = routing;
	}

	/** A post of one of the page's forms, shown again on the page when refused. */
	FormPost post(CurrentUser user, long id, Model model, BindingResult result, HttpServletResponse response) {
		return FormPost.of(result, response, () -> show(user, id, model));
	}

	/** As {@link #post}, and an item that moved on meanwhile is shown as it is now (409). */
	FormPost guardedPost(CurrentUser user, long id, Model model, BindingResult result,
			HttpServletResponse response) {
		return post(user, id, model, result, response).on(ConflictException.class,
				(ex) -> conflict(user, id, model, response));
	}

	/** Back to the item with a flash message. */
	static Supplier<String> done(long id, RedirectAttributes redirect, String message, Runnable action) {
		return () -> {
			action.run();
			redirect.addFlashAttribute("message", message);
			return "redirect:/appeals/" + id;
		};
	}

	String conflict(CurrentUser user, long id, Model model, HttpServletResponse response) {
		// Somebody acted first, or the item moved on: show it as it is now.
		response.setStatus(409);
		model.asMap().remove("assignForm");
		model.asMap().remove("respondForm");
		model.asMap().remove("escalateForm");
		model.asMap().remove("transferForm");
		model.addAttribute("conflict", true);
		return show(user, id, model);
	}

	String show(CurrentUser user, long id, Model model) {
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
