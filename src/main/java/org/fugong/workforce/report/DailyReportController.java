package org.fugong.workforce.report;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.report.DailyReportService.Submitted;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily report page: today's form (today's report, or the roster's and
 * today's tests' figures to start from) and the reports of earlier days.
 */
@Controller
@RequiredArgsConstructor
class DailyReportController {

	private final DailyReportService reports;

	@GetMapping("/workforce/daily-reports")
	String initForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("form", this.reports.today(user)
			.map((report) -> DailyReportForm.of(new DailyReport.Figures(report.staffOnSite(), report.capacityPercent(),
					report.antigenTested(), report.pcrSampled(), report.abnormal(), report.problems())))
			.orElseGet(() -> DailyReportForm.of(this.reports.suggestion(user))));
		return view(user, page, model);
	}

	@PostMapping("/workforce/daily-reports")
	String processForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DailyReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, null, model);
		}
		Submitted submitted = this.reports.submit(user, TimeFormat.today(), form.toFigures());
		redirect.addFlashAttribute("message",
				submitted.created() ? "workforce.report.filed" : "workforce.report.corrected");
		return "redirect:/workforce/daily-reports";
	}

	private String view(CurrentUser user, String page, Model model) {
		Integer number = null;
		try {
			number = (page != null) ? Integer.valueOf(page) : null;
		}
		catch (NumberFormatException ex) {
			// A hand-edited URL shows the first page.
		}
		model.addAttribute("today", TimeFormat.today());
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("current", this.reports.today(user).orElse(null));
		model.addAttribute("corrections", this.reports.corrections(user));
		model.addAttribute("reports", this.reports.history(user,
				new PageQuery(number, null).toPageable(false, 20, DailyReportApiController.NEWEST_FIRST)));
		return "workforce/daily-reports";
	}

}
