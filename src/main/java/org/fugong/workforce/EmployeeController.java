package org.fugong.workforce;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormResults;
import org.fugong.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster pages: the list with each employee's test standing, adding, editing, (re)activating. */
@Controller
@RequiredArgsConstructor
class EmployeeController {

	private final EmployeeService employees;

	private final TestStandings standings;

	private final HealthDeclarations health;

	@GetMapping("/workforce/employees")
	String list(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") EmployeeSearchForm form,
			BindingResult result, Model model) {
		// A filter that did not parse (a hand-edited URL) shows the whole roster, not an error.
		EmployeeSearchForm search = result.hasErrors() ? new EmployeeSearchForm(null, null, null, null) : form;
		Page<EmployeeView> page = this.employees.search(user, search.q(), search.active(),
				search.paging().toPageable(false, 20, EmployeeApiController.BY_NAME));
		model.addAttribute("search", search);
		model.addAttribute("employees", page);
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("held", this.health.heldOf(user.requireEnterpriseId(), TimeFormat.today()));
		model.addAttribute("standings", this.standings.of(user.requireEnterpriseId(),
				page.getContent().stream().map(EmployeeView::id).toList(), Instant.now()));
		return "workforce/employees";
	}

	@GetMapping("/workforce/employees/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new EmployeeForm());
		return formView(model, null);
	}

	@PostMapping("/workforce/employees/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") EmployeeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getIdNumber() == null && !result.hasFieldErrors("idNumber")) {
			result.rejectValue("idNumber", "validation.required");
		}
		if (result.hasErrors()) {
			return formView(model, null);
		}
		return save(() -> this.employees.create(user, form.toInput()), "workforce.employee.added", result, model, null,
				redirect);
	}

	@GetMapping("/workforce/employees/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", this.employees.editForm(user, id));
		return formView(model, this.employees.get(user, id));
	}

	@PostMapping("/workforce/employees/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EmployeeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EmployeeView current = this.employees.get(user, id);
		if (result.hasErrors()) {
			return formView(model, current);
		}
		return save(() -> this.employees.update(user, id, form.toInput(), form.getVersion()),
				"workforce.employee.updated", result, model, current, redirect);
	}

	@PostMapping("/workforce/employees/{id}/{action:deactivate|reactivate}")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/workforce/employees")
			.refusing(ConflictException.class)
			.run("workforce.employee." + action + "d", () -> {
				EmployeeView employee = "deactivate".equals(action) ? this.employees.deactivate(user, id)
						: this.employees.reactivate(user, id);
				redirect.addFlashAttribute("messageArg", employee.name());
			});
	}

	/**
	 * Saves the bound form, then back to the roster with {@code message}; what the
	 * service refuses goes on the form's fields (a stale version on the form as a
	 * whole), and the form again.
	 */
	private static String save(Supplier<EmployeeView> save, String message, BindingResult result, Model model,
			EmployeeView current, RedirectAttributes redirect) {
		try {
			EmployeeView employee = save.get();
			redirect.addFlashAttribute("message", message);
			redirect.addFlashAttribute("messageArg", employee.name());
			return "redirect:/workforce/employees";
		}
		catch (ConflictException ex) {
			reject(result, ex.fields());
		}
		catch (InvalidInputException ex) {
			reject(result, ex.fields());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("problem.409.stale");
		}
		return formView(model, current);
	}

	private static String formView(Model model, EmployeeView employee) {
		model.addAttribute("employee", employee);
		model.addAttribute("roles", StaffRole.values());
		return "workforce/employee-form";
	}

	private static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
			}
		}
	}

}
