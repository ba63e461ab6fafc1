package org.fugong.liaison;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
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
 * The liaison pages: the officer's own enterprises ({@code /liaison}), an
 * enterprise's liaison page for officials ({@code /enterprises/{id}/liaison}) with
 * the assignment form and the thread, the visit form made for a phone, and the
 * enterprise's own page ({@code /enterprise/liaison}).
 */
@Controller
@RequiredArgsConstructor
class LiaisonController {

	private final LiaisonService liaison;

	@GetMapping("/liaison")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("firms", this.liaison.mine(user));
		model.addAttribute("today", TimeFormat.today());
		return "liaison/mine";
	}

	@GetMapping("/enterprises/{id}/liaison")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detailView(user, id, new LiaisonAssignForm(), new LiaisonMessageForm(), model);
	}

	@PostMapping("/enterprises/{id}/liaison")
	String processAssignForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("assignForm") LiaisonAssignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.liaison.assign(user, id, form.getOfficer());
				redirect.addFlashAttribute("message", "liaison.assign.done");
				return "redirect:/enterprises/" + id + "/liaison";
			}
			catch (InvalidInputException ex) {
				reject(result, ex);
			}
		}
		return detailView(user, id, form, new LiaisonMessageForm(), model);
	}

	@PostMapping("/enterprises/{id}/liaison/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.liaison.end(user, id);
		redirect.addFlashAttribute("message", "liaison.end.done");
		return "redirect:/enterprises/" + id + "/liaison";
	}

	@PostMapping("/enterprises/{id}/liaison/messages")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") LiaisonMessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.liaison.detail(user, id).mine()) {
			throw new AccessDeniedException("Not the enterprise's liaison officer");
		}
		if (result.hasErrors()) {
			return detailView(user, id, new LiaisonAssignForm(), form, model);
		}
		this.liaison.writeToEnterprise(user, id, form.getText());
		redirect.addFlashAttribute("message", "liaison.message.sent");
		return "redirect:/enterprises/" + id + "/liaison#messages";
	}

	@GetMapping("/enterprises/{id}/visits/new")
	String initVisitForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		VisitForm form = new VisitForm();
		form.setDate(TimeFormat.today());
		form.setProblemsFound(0);
		form.setProblemsSolved(0);
		return visitView(user, id, form, model);
	}

	@PostMapping("/enterprises/{id}/visits/new")
	String processVisitForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.liaison.logVisit(user, id, form.toInput());
				redirect.addFlashAttribute("message", "liaison.visit.logged");
				return "redirect:/enterprises/" + id + "/liaison";
			}
			catch (InvalidInputException ex) {
				reject(result, ex);
			}
		}
		return visitView(user, id, form, model);
	}

	@GetMapping("/enterprise/liaison")
	String own(@AuthenticationPrincipal CurrentUser user, Model model) {
		return ownView(user, new LiaisonMessageForm(), model);
	}

	@PostMapping("/enterprise/liaison/messages")
	String write(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("messageForm") LiaisonMessageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return ownView(user, form, model);
		}
		this.liaison.writeToLiaison(user, form.getText());
		redirect.addFlashAttribute("message", "liaison.message.sent");
		return "redirect:/enterprise/liaison#messages";
	}

	private String ownView(CurrentUser user, LiaisonMessageForm form, Model model) {
		model.addAttribute("detail", this.liaison.detail(user, user.requireEnterpriseId()));
		model.addAttribute("messageForm", form);
		model.addAttribute("own", true);
		return "liaison/detail";
	}

	private String detailView(CurrentUser user, long id, LiaisonAssignForm assignForm, LiaisonMessageForm messageForm,
			Model model) {
		model.addAttribute("detail", this.liaison.detail(user, id));
		if (user.is(Role.TOWN_OFFICER) || user.is(Role.DISTRICT_OFFICIAL)) {
			model.addAttribute("candidates", this.liaison.candidates(user, id));
		}
		model.addAttribute("assignForm", assignForm);
		model.addAttribute("messageForm", messageForm);
		model.addAttribute("own", false);
		return "liaison/detail";
	}

	private String visitView(CurrentUser user, long id, VisitForm form, Model model) {
		LiaisonDetail detail = this.liaison.detail(user, id);
		if (!detail.mine()) {
			throw new AccessDeniedException("Not the enterprise's liaison officer");
		}
		model.addAttribute("detail", detail);
		model.addAttribute("form", form);
		model.addAttribute("today", TimeFormat.today());
		return "liaison/visit";
	}

	private static void reject(BindingResult result, InvalidInputException ex) {
		for (FieldProblem problem : ex.fields()) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

}
