package org.fugong.workforce.health;

import java.math.BigDecimal;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.HealthDeclarationView;
import org.fugong.workforce.HealthEntryForm;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.QuarantineStatus;
import org.fugong.workforce.Workforce;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An employee's health page, opened from the roster: today's declaration entered, the last ones listed. */
@Controller
@RequiredArgsConstructor
class HealthController {

	private final HealthService health;

	private final Workforce workforce;

	@GetMapping("/workforce/employees/{id}/health")
	String initHealthForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		HealthEntryForm form = new HealthEntryForm();
		form.setDate(TimeFormat.today());
		form.setTemperature(new BigDecimal("36.5"));
		model.addAttribute("form", form);
		return view(user, id, model);
	}

	@PostMapping("/workforce/employees/{id}/health")
	String processHealthForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") HealthEntryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				HealthDeclarationView view = this.health.declare(user, id, form.entry(), HealthSource.ROSTER);
				redirect.addFlashAttribute("message",
						view.abnormal() ? "workforce.health.saved.abnormal" : "workforce.health.saved");
				return "redirect:/workforce/employees/" + id + "/health";
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach((p) -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
			}
			catch (BusinessRuleException | ConflictException ex) {
				result.reject(messageKey(ex));
			}
		}
		return view(user, id, model);
	}

	private static String messageKey(RuntimeException ex) {
		return (ex instanceof BusinessRuleException rule) ? rule.messageKey() : ((ConflictException) ex).messageKey();
	}

	private String view(CurrentUser user, long id, Model model) {
		EmployeeSummary employee = this.workforce.find(user.requireEnterpriseId(), id)
			.orElseThrow(() -> new NotFoundException("employee"));
		model.addAttribute("employee", employee);
		model.addAttribute("declarations", this.health.ofEmployee(user, id, PageRequest.of(0, 14)).getContent());
		model.addAttribute("statuses", QuarantineStatus.values());
		return "workforce/health";
	}

}
