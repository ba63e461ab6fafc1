package org.fugong.appeal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.TimeFormat;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The appeal lists and figures: the enterprise's own items, the officials'
 * queue with its filters and counts, and the figures of a region. One item's
 * page and its forms are {@link AppealItemController}'s.
 */
@Controller
@RequiredArgsConstructor
class AppealController {

	private final AppealService appeals;

	private final RegionService regions;

	@GetMapping("/appeals")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") AppealSearchForm search,
			BindingResult result, Model model) {
		AppealSearchForm filters = result.hasErrors() ? AppealSearchForm.empty() : search;
		model.addAttribute("search", filters);
		var pageable = new PageQuery(filters.page(), 20).toPageable(false, 20, Sort.unsorted());
		if (user.is(Role.ENTERPRISE)) {
			model.addAttribute("appeals", this.appeals.list(user,
					new AppealFilter(null, null, null, null, false, false, "received"), pageable));
			model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
			return "appeals/mine";
		}
		model.addAttribute("queue", this.appeals.list(user, filters.toFilter(), pageable));
		model.addAttribute("counts", this.appeals.counts(user));
		model.addAttribute("states", AppealState.values());
		model.addAttribute("types", AppealType.values());
		model.addAttribute("towns", townsOf(user));
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		return "appeals/queue";
	}

	@GetMapping("/appeals/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		LocalDate end = (to != null) ? to : TimeFormat.today();
		LocalDate start = (from != null && !from.isAfter(end)) ? from : end.minusDays(27);
		String chosen = (region == null || region.isBlank()) ? null : region;
		model.addAttribute("figures", this.appeals.figuresFor(user, chosen, start, end));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("region", chosen);
		model.addAttribute("regions", regionsOf(user));
		return "appeals/figures";
	}

	private List<RegionView> townsOf(CurrentUser user) {
		if (user.is(Role.TOWN_OFFICER)) {
			return this.regions.find(user.regionCode()).stream().toList();
		}
		if (user.is(Role.DISTRICT_OFFICIAL) || this.regions.isDistrict(user.regionCode())) {
			return this.regions.children(user.regionCode());
		}
		List<RegionView> towns = new ArrayList<>();
		this.regions.districts().forEach((d) -> towns.addAll(this.regions.children(d.code())));
		return towns;
	}

	/** The regions the figures page offers: the caller's own and, below it, its districts or towns. */
	private List<RegionView> regionsOf(CurrentUser user) {
		List<RegionView> choices = new ArrayList<>();
		if (user.is(Role.CITY_OFFICIAL)) {
			this.regions.districts().forEach(choices::add);
			return choices;
		}
		this.regions.find(user.regionCode()).ifPresent(choices::add);
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			choices.addAll(this.regions.children(user.regionCode()));
		}
		return choices;
	}

}
