package org.fugong.workforce;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district official's page for the district's test rule. */
@Controller
@RequiredArgsConstructor
class TestRuleController {

	private final TestRuleService rules;

	@GetMapping("/workforce/test-rule")
	String initForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		TestRuleView rule = this.rules.mine(user);
		model.addAttribute("form", TestRuleForm.of(rule));
		return view(rule, model);
	}

	@PostMapping("/workforce/test-rule")
	String processForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TestRuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TestRuleView rule = this.rules.mine(user);
		if (result.hasErrors()) {
			return view(rule, model);
		}
		try {
			this.rules.change(user, form.getMaxAgeHours(), form.getKinds(), form.getVersion());
			redirect.addFlashAttribute("message", "workforce.rule.saved");
			return "redirect:/workforce/test-rule";
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("problem.409.stale");
			return view(rule, model);
		}
	}

	private static String view(TestRuleView rule, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("kindChoices", TestRuleKinds.values());
		return "workforce/test-rule";
	}

}
