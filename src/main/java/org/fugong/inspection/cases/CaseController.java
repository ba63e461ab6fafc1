package org.fugong.inspection.cases;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.inspection.teams.TeamService;
import org.fugong.inspection.web.InspectionForms;
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

/**
 * The 私自复工 pages: the town officer's report of a site working without
 * approval, and the district's list of cases, one case and its handling.
 */
@Controller
@RequiredArgsConstructor
class CaseController {

	private final CaseService cases;

	private final TeamService teams;

	@GetMapping("/inspections/unapproved")
	String initCaseForm(@RequestParam(required = false) Long enterprise, Model model) {
		CaseForm form = new CaseForm();
		form.setEnterpriseId(enterprise);
		model.addAttribute("form", form);
		return "inspections/unapproved";
	}

	@PostMapping("/inspections/unapproved")
	String processCaseForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") CaseForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.cases.reportUnapproved(user, form.getEnterpriseId(), form.getSiteName(), form.getAddress(),
					form.getNote());
			redirect.addFlashAttribute("message", "inspection.unapproved.saved");
			return "redirect:/inspections/round";
		}
		catch (InvalidInputException ex) {
			InspectionForms.reject(result, ex.fields());
			response.setStatus(400);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(422);
		}
		return "inspections/unapproved";
	}

	@GetMapping("/inspections/cases")
	String cases(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) String town, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CaseState wanted = Arrays.stream(CaseState.values())
			.filter((s) -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("cases", this.cases.cases(user, new CaseFilter(wanted, town, q),
				PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))));
		model.addAttribute("states", CaseState.values());
		model.addAttribute("state", (wanted != null) ? wanted.name() : "");
		model.addAttribute("town", town);
		model.addAttribute("q", q);
		model.addAttribute("towns", this.teams.townsWithZones(user));
		return "inspections/cases";
	}

	@GetMapping("/inspections/cases/{id}")
	String caseDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new HandleForm());
		}
		return casePage(user, id, model);
	}

	@PostMapping("/inspections/cases/{id}")
	String handleCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") HandleForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.cases.handle(user, id, form.getState(), form.getReason(), form.getVersion());
			redirect.addFlashAttribute("message", "inspection.case.handled.saved");
			return "redirect:/inspections/cases/" + id;
		}
		catch (InvalidInputException ex) {
			InspectionForms.reject(result, ex.fields());
			response.setStatus(400);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(422);
		}
		catch (ConflictException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(409);
		}
		return casePage(user, id, model);
	}

	private String casePage(CurrentUser user, long id, Model model) {
		CaseView found = this.cases.detail(user, id);
		model.addAttribute("found", found);
		model.addAttribute("next", found.state().next().stream().sorted().toList());
		return "inspections/case";
	}

}
