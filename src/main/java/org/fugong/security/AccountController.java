package org.fugong.security;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own account: changing the password, which signs the account out
 * everywhere but here.
 */
@Controller
@RequiredArgsConstructor
class AccountController {

	private final AccountService accounts;

	@GetMapping("/account/password")
	String initPasswordForm(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, HttpSession session,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "account.password.mismatch");
		}
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.passwordMatches(user.id(), form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmPassword(null);
			return "account/password";
		}
		this.accounts.changePassword(user.id(), form.getNewPassword(), session.getId());
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/";
	}

}
