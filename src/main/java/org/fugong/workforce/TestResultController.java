package org.fugong.workforce;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.PageLinks;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The test-result page: one result entered by hand, and the enterprise's results, filtered. */
@Controller
@RequiredArgsConstructor
class TestResultController {

	/** The form offers the first active employees by name; a larger roster imports its results. */
	static final int CHOICES = 1000;

	private final TestResultService tests;

	private final EmployeeService employees;

	@GetMapping("/workforce/tests")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") TestFilter filter,
			BindingResult filterResult, Model model) {
		TestResultForm form = new TestResultForm();
		form.setKind(LocalDateTime.now(TimeFormat.ZONE).getHour() < 12 ? TestKind.ANTIGEN : TestKind.PCR);
		form.setSampledAt(LocalDateTime.now(TimeFormat.ZONE).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("form", form);
		// A filter that did not parse (a hand-edited URL) shows the whole list, not an error.
		return view(user, filterResult.hasErrors() ? TestFilter.NONE : filter, model);
	}

	@PostMapping("/workforce/tests")
	String record(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TestResultForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TestResultView recorded = this.tests.record(user, form.getEmployeeId(), form.getKind(),
						form.getResult(), form.getSampledAt().atZone(TimeFormat.ZONE).toInstant());
				redirect.addFlashAttribute("message", "workforce.test.recorded");
				redirect.addFlashAttribute("messageArg", recorded.employeeName());
				return "redirect:/workforce/tests";
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach((p) -> result.rejectValue(p.field(), p.messageKey()));
			}
			catch (BusinessRuleException ex) {
				result.rejectValue("employeeId", ex.messageKey());
			}
			catch (NotFoundException ex) {
				result.rejectValue("employeeId", "workforce.test.employee.unknown");
			}
		}
		return view(user, TestFilter.NONE, model);
	}

	private String view(CurrentUser user, TestFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("results", this.tests.search(user, filter.date(), filter.kind(), filter.result(),
				PageRequest.of(Math.max(0, (filter.page() != null) ? filter.page() : 0),
						20, TestResultApiController.NEWEST_FIRST)));
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("choices", this.employees.choices(user, CHOICES));
		model.addAttribute("kinds", TestKind.values());
		model.addAttribute("outcomes", TestOutcome.values());
		return "workforce/tests";
	}

	/** The list's filters: the day sampled, kind, result, page. */
	record TestFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, TestKind kind,
			TestOutcome result, Integer page) {

		static final TestFilter NONE = new TestFilter(null, null, null, null);

	}

}
