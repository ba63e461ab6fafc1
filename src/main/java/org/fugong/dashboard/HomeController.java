package org.fugong.dashboard;

import lombok.RequiredArgsConstructor;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.region.RegionService;
import org.fugong.resumption.ResumptionService;
import org.fugong.security.AccountService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.selfcheck.SelfCheckService;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: one per role, saying what to do next. An official's is the
 * to-do list of their queues (the workbench the sidebar shows too); a guard's is
 * the scanner itself.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final RegionService regions;

	private final SelfCheckService selfChecks;

	private final ResumptionService applications;

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.is(Role.GUARD)) {
			// A guard's work is the scanner: signing in lands on it.
			return "redirect:/gate";
		}
		model.addAttribute("user", user);
		this.regions.find(user.regionCode()).ifPresent((region) -> model.addAttribute("region", region));
		switch (user.role()) {
			case ENTERPRISE -> {
				model.addAttribute("enterprise", this.enterprises.profile(user, user.requireEnterpriseId()));
				model.addAttribute("selfCheck", this.selfChecks.latest(user).orElse(null));
				model.addAttribute("resumption", this.applications.mine(user).stream().findFirst().orElse(null));
			}
			case TOWN_OFFICER, DISTRICT_OFFICIAL, CITY_OFFICIAL -> model.addAttribute("enterpriseCount",
					this.enterprises.search(user, null, PageRequest.of(0, 1)).getTotalElements());
			case ADMIN -> model.addAttribute("accountCount",
					this.accounts.search(null, null, PageRequest.of(0, 1)).getTotalElements());
			default -> {
			}
		}
		return "home/index";
	}

}
