package org.fugong.whitelist;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormResults;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistLedger.Transition;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
 * The officials' whitelist pages (the list of their jurisdiction, listing one
 * enterprise, suspending, restoring and removing entries of their own level)
 * and the enterprise's own entries.
 */
@Controller
@RequiredArgsConstructor
class WhitelistController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("since"), Sort.Order.desc("id"));

	private final WhitelistService whitelist;

	private final RegionService regions;

	@GetMapping("/whitelist")
	String list(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") WhitelistSearchForm form,
			BindingResult result, Model model) {
		// A filter that did not parse (a hand-edited URL) shows the whole list, not an error.
		WhitelistSearchForm search = result.hasErrors() ? WhitelistSearchForm.EMPTY : form;
		model.addAttribute("search", search);
		model.addAttribute("entries", this.whitelist.search(user, search.toQuery(),
				search.paging().toPageable(false, 20, NEWEST_FIRST)));
		model.addAttribute("levels", WhitelistLevel.values());
		model.addAttribute("statuses", WhitelistStatus.values());
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("batches", this.whitelist.batches(user));
		model.addAttribute("myLevel", this.whitelist.levelKeptBy(user).orElse(null));
		return "whitelist/list";
	}

	@PostMapping("/whitelist/{id}/{action:suspend|restore|remove}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			@RequestParam(name = "back.level", required = false) String backLevel,
			@RequestParam(name = "back.region", required = false) String backRegion,
			@RequestParam(name = "back.batch", required = false) String backBatch,
			@RequestParam(name = "back.status", required = false) String backStatus,
			@RequestParam(name = "back.page", required = false) String backPage, RedirectAttributes redirect) {
		// Back to the list as the official left it.
		keep(redirect, "level", backLevel);
		keep(redirect, "region", backRegion);
		keep(redirect, "batch", backBatch);
		keep(redirect, "status", backStatus);
		keep(redirect, "page", backPage);
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("error", "whitelist.reason.required");
			return "redirect:/whitelist";
		}
		Transition transition = switch (action) {
			case "suspend" -> Transition.SUSPEND;
			case "restore" -> Transition.RESTORE;
			default -> Transition.REMOVE;
		};
		return FormResults.redirecting(redirect, "redirect:/whitelist")
			.refusing(ConflictException.class)
			.refusing(OptimisticLockingFailureException.class, "problem.409.stale")
			.run("whitelist.changed." + action, () -> redirect.addFlashAttribute("messageArg",
					this.whitelist.change(user, id, transition, reason, version).enterpriseName()));
	}

	@GetMapping("/whitelist/new")
	String initAddForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		WhitelistEntryForm form = new WhitelistEntryForm();
		form.setLevel(keptLevel(user));
		form.setBatch(TimeFormat.today().toString());
		model.addAttribute("form", form);
		return formView(user, model);
	}

	@PostMapping("/whitelist/new")
	String processAddForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") WhitelistEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WhitelistLevel level = keptLevel(user);
		if (form.getLevel() != null && form.getLevel() != level) {
			result.rejectValue("level", "whitelist.level.notYours");
		}
		if (result.hasErrors()) {
			return formView(user, model);
		}
		try {
			WhitelistEntryView entry = this.whitelist.addByCreditCode(user, form.getCreditCode(), level,
					form.getBatch(), form.getReason());
			redirect.addFlashAttribute("message", "whitelist.added");
			redirect.addFlashAttribute("messageArg", entry.enterpriseName());
			return "redirect:/whitelist";
		}
		catch (NotFoundException ex) {
			result.rejectValue("creditCode", "whitelist.enterprise.notFound");
		}
		catch (ConflictException ex) {
			reject(result, ex.fields());
		}
		catch (BusinessRuleException ex) {
			reject(result, ex.fields());
		}
		return formView(user, model);
	}

	@GetMapping("/whitelist/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("entries", this.whitelist.mine(user));
		return "whitelist/mine";
	}

	private WhitelistLevel keptLevel(CurrentUser user) {
		return this.whitelist.levelKeptBy(user)
			.orElseThrow(() -> new AccessDeniedException(user.getUsername() + " keeps no whitelist"));
	}

	private String formView(CurrentUser user, Model model) {
		model.addAttribute("levels", List.of(keptLevel(user)));
		model.addAttribute("region", this.regions.find(user.regionCode()).orElse(null));
		return "whitelist/form";
	}

	/** The districts and towns a filter may name: what lies in the official's jurisdiction. */
	private List<RegionView> regionChoices(CurrentUser user) {
		if (user.is(Role.TOWN_OFFICER)) {
			return new ArrayList<>();
		}
		return this.regions.districtsAndTowns(user.is(Role.DISTRICT_OFFICIAL) ? user.regionCode() : null);
	}

	private static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			String field = "enterpriseId".equals(problem.field()) ? "creditCode" : problem.field();
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, problem.messageKey());
			}
		}
	}

	private static void keep(RedirectAttributes redirect, String name, String value) {
		if (value != null && !value.isBlank()) {
			redirect.addAttribute(name, value);
		}
	}

}
