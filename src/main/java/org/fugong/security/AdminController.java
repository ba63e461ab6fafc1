package org.fugong.security;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.PageQuery;
import org.fugong.common.web.FormResults;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: accounts of officials, guards and administrators,
 * and the audit log.
 */
@Controller
@RequiredArgsConstructor
class AdminController {

	private final AccountService accounts;

	private final AuditService audit;

	private final RegionService regions;

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return Arrays.stream(Role.values()).filter((role) -> role != Role.ENTERPRISE).toList();
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@Valid PageQuery page, BindingResult paging, Model model) {
		model.addAttribute("accounts", this.accounts.search(role, q,
				page.toPageable(paging.hasErrors(), 20, Sort.by("username"))));
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		model.addAttribute("regionChoices", regionChoices());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return formView(model);
	}

	@PostMapping("/admin/users/new")
	String processCreateForm(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getRole() != null && form.getRole().isRegional()
				&& !this.accounts.regionFits(form.getRole(), form.getRegionCode())) {
			result.rejectValue("regionCode", "account.region.invalid");
		}
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			AccountSummary created = this.accounts.createStaffAccount(form.getUsername(), form.getPassword(),
					form.getDisplayName(), form.getRole(), form.getRegionCode());
			redirect.addFlashAttribute("message", "admin.users.created");
			redirect.addFlashAttribute("messageArg", created.username());
			return "redirect:/admin/users";
		}
		catch (ConflictException | BusinessRuleException ex) {
			List<FieldProblem> fields = (ex instanceof ConflictException conflict) ? conflict.fields()
					: ((BusinessRuleException) ex).fields();
			fields.forEach((field) -> result.rejectValue(field.field(), field.messageKey()));
			return formView(model);
		}
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/admin/users")
			.refusing(BusinessRuleException.class)
			.run("admin.users.disabled", () -> this.accounts.setEnabled(id, false, admin));
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.accounts.setEnabled(id, true, admin);
		redirect.addFlashAttribute("message", "admin.users.enabled");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (password == null || !org.fugong.common.StrongPassword.Validator.isStrong(password)) {
			redirect.addFlashAttribute("error", "validation.password.weak");
			return "redirect:/admin/users";
		}
		AccountSummary account = this.accounts.resetPassword(id, password, admin);
		redirect.addFlashAttribute("message", "admin.users.passwordReset");
		redirect.addFlashAttribute("messageArg", account.username());
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String regionCode, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/admin/users")
			.refusing(BusinessRuleException.class)
			.run("admin.users.roleChanged", () -> redirect.addFlashAttribute("messageArg",
					this.accounts.changeRole(id, role, blankToNull(regionCode), admin).username()));
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@Valid PageQuery page, BindingResult paging, Model model) {
		model.addAttribute("entries", this.audit.search(blankToNull(actor), blankToNull(action),
				page.toPageable(paging.hasErrors(), 50, Sort.unsorted())));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		return "admin/audit";
	}

	private String formView(Model model) {
		model.addAttribute("regionChoices", regionChoices());
		return "admin/user-form";
	}

	private List<RegionView> regionChoices() {
		List<RegionView> choices = new java.util.ArrayList<>(this.regions.children(null));
		for (RegionView district : this.regions.districts()) {
			choices.add(district);
			choices.addAll(this.regions.children(district.code()));
		}
		return choices;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
