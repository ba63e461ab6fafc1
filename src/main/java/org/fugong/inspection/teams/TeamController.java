package org.fugong.inspection.teams;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.inspection.web.InspectionForms;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.data.domain.PageRequest;
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

/** The officials' pages for inspection teams with their zones, and for placing enterprises on the grid. */
@Controller
@RequiredArgsConstructor
class TeamController {

	private final TeamService teams;

	private final SiteService sites;

	@GetMapping("/inspections/teams")
	String teams(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			TeamForm form = new TeamForm();
			form.setTownCode(user.is(Role.TOWN_OFFICER) ? user.regionCode() : null);
			model.addAttribute("form", form);
		}
		return teamsPage(user, model);
	}

	private String teamsPage(CurrentUser user, Model model) {
		model.addAttribute("teams", this.teams.teams(user));
		model.addAttribute("zones", this.teams.zones(user));
		model.addAttribute("towns", this.teams.townsWithZones(user));
		return "inspections/teams";
	}

	@PostMapping("/inspections/teams")
	String saveTeam(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TeamForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String town = user.is(Role.TOWN_OFFICER) ? user.regionCode() : form.getTownCode();
		try {
			this.teams.save(user, town, form.getName(), form.getLeader(), form.memberList(), form.getZones());
			redirect.addFlashAttribute("message", "inspection.team.saved");
			return "redirect:/inspections/teams";
		}
		catch (InvalidInputException | ConflictException ex) {
			InspectionForms.reject(result, (ex instanceof InvalidInputException invalid) ? invalid.fields()
					: ((ConflictException) ex).fields());
			response.setStatus((ex instanceof ConflictException) ? 409 : 400);
		}
		return teamsPage(user, model);
	}

	@GetMapping("/inspections/sites")
	String sites(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SiteForm form, Model model) {
		return sitesPage(user, form, model);
	}

	@PostMapping("/inspections/sites")
	String place(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SiteForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String town = townFor(user, form.getTown());
		try {
			int placed = this.sites.placeAll(user, town, form.getEnterpriseIds(), form.getGridCode());
			redirect.addFlashAttribute("message", "inspection.site.placed");
			redirect.addFlashAttribute("messageArg", placed);
			redirect.addAttribute("town", town);
			redirect.addAttribute("q", (form.getQ() != null) ? form.getQ() : "");
			return "redirect:/inspections/sites";
		}
		catch (InvalidInputException ex) {
			InspectionForms.reject(result, ex.fields());
			response.setStatus(400);
		}
		return sitesPage(user, form, model);
	}

	private String sitesPage(CurrentUser user, SiteForm form, Model model) {
		List<RegionView> towns = this.teams.townsWithZones(user);
		String town = townFor(user, form.getTown());
		if (town == null && !towns.isEmpty()) {
			town = towns.get(0).code();
		}
		form.setTown(town);
		String selected = town;
		model.addAttribute("towns", towns);
		model.addAttribute("zones",
				this.teams.zones(user).stream().filter((z) -> z.parentCode().equals(selected)).toList());
		model.addAttribute("sites", this.sites.sitesOf(user, town, form.getQ()));
		return "inspections/sites";
	}

	private static String townFor(CurrentUser user, String asked) {
		return user.is(Role.TOWN_OFFICER) ? user.regionCode() : (asked == null || asked.isBlank()) ? null : asked;
	}

}
