package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.TimeFormat;
import org.fugong.liaison.LiaisonService;
import org.fugong.market.MarketService;
import org.fugong.outbreak.OutbreakFiguresQuery;
import org.fugong.region.RegionService;
import org.fugong.resumption.Escalations;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officials' dashboard ({@code /dashboard?region=&from=&to=}, the filters in
 * the URL so that a view can be bookmarked and shared) and the daily feedback
 * page ({@code /feedback}): who has not reported, one click to remind them all,
 * and the reports filed.
 */
@Controller
@RequiredArgsConstructor
class DashboardController {

	private final StatsService stats;

	private final DailyFeedbackService feedback;

	private final RegionService regions;

	private final MarketService market;

	private final Escalations escalations;

	private final OutbreakFiguresQuery outbreaks;

	private final LiaisonService liaison;

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model) {
		StatsFilter filter;
		try {
			filter = this.stats.filter(user, region, day(from), day(to));
		}
		catch (InvalidInputException ex) {
			// A hand-edited URL shows the default view and says what was wrong.
			model.addAttribute("error", ex.fields().isEmpty() ? ex.messageKey() : ex.fields().get(0).messageKey());
			filter = this.stats.filter(user, null, null, null);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("overview", this.stats.overview(user, filter, locale));
		Jurisdiction scope = new Jurisdiction(filter.districtCode(), filter.townCode());
		model.addAttribute("market", this.market.figures(scope));
		model.addAttribute("escalations", this.escalations.figures(scope, filter.from(), filter.to()));
		model.addAttribute("outbreaks",
				this.outbreaks.figures(filter.districtCode(), filter.townCode(), filter.from(), filter.to()));
		model.addAttribute("liaison", this.liaison.figures(scope, filter.from(), filter.to()));
		model.addAttribute("today", TimeFormat.today());
		return "dashboard/index";
	}

	@GetMapping("/feedback")
	String feedback(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String date, @RequestParam(required = false) String page,
			Model model) {
		LocalDate day;
		StatsFilter filter;
		try {
			day = (day(date) != null) ? day(date) : TimeFormat.today();
			filter = this.stats.filter(user, region, day, day);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.fields().isEmpty() ? ex.messageKey() : ex.fields().get(0).messageKey());
			day = TimeFormat.today();
			filter = this.stats.filter(user, null, day, day);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("day", day);
		model.addAttribute("today", TimeFormat.today());
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("missing", this.feedback.missing(filter, day,
				new PageQuery(number(page), null).toPageable(false, 20, Sort.unsorted())));
		model.addAttribute("reports", this.feedback.reports(filter, day,
				PageRequest.of(0, 20)));
		return "dashboard/feedback";
	}

	@PostMapping("/feedback/remind")
	String remind(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			RedirectAttributes redirect) {
		StatsFilter filter = this.stats.filter(user, region, TimeFormat.today(), TimeFormat.today());
		DailyFeedbackService.Reminded reminded = this.feedback.remindAll(user, filter);
		redirect.addFlashAttribute("message", "dashboard.reminder.sent");
		redirect.addFlashAttribute("messageArg", reminded.sent());
		if (filter.region() != null) {
			redirect.addAttribute("region", filter.region());
		}
		return "redirect:/feedback";
	}

	private List<RegionView> regionChoices(CurrentUser user) {
		Jurisdiction jurisdiction = user.jurisdiction();
		if (jurisdiction.townCode() != null) {
			return new ArrayList<>();
		}
		return this.regions.districtsAndTowns(jurisdiction.districtCode());
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new org.fugong.common.FieldProblem("date", "dashboard.date.invalid")));
		}
	}

	private static Integer number(String text) {
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
