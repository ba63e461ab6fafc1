package org.fugong.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.web.FormResults;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * The checkpoints of a district official's or town officer's jurisdiction: the
 * list with the guards bound to each, adding and changing one, and binding a
 * guard of the jurisdiction to it.
 */
@Controller
@RequiredArgsConstructor
class CheckpointController {

	private final CheckpointService checkpoints;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	@GetMapping("/gate/checkpoints")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("checkpoints", this.checkpoints.list(user));
		model.addAttribute("guardsAt", guardsAt(user));
		model.addAttribute("enterpriseNames", enterpriseNames(user));
		return "gateadmin/checkpoints";
	}

	@GetMapping("/gate/checkpoints/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CheckpointView checkpoint = this.checkpoints.find(user, id);
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("bound", guardsAt(user).getOrDefault(id, List.of()));
		model.addAttribute("guards", this.checkpoints.guards(user));
		model.addAttribute("assignments", this.checkpoints.assignments(user));
		model.addAttribute("checkpointNames", names(user));
		model.addAttribute("enterprise", (checkpoint.enterpriseId() != null)
				? this.enterprises.find(checkpoint.enterpriseId()).orElse(null) : null);
		return "gateadmin/checkpoint";
	}

	@PostMapping("/gate/checkpoints/{id}/guards")
	String bind(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String username, RedirectAttributes redirect) {
		this.checkpoints.find(user, id);
		if (username == null || username.isBlank()) {
			redirect.addFlashAttribute("error", "gateadmin.guard.pick");
			return "redirect:/gate/checkpoints/" + id;
		}
		return FormResults.redirecting(redirect, "redirect:/gate/checkpoints/" + id)
			.on(InvalidInputException.class, (ex, flash) -> flash.addFlashAttribute("error",
					ex.fields().isEmpty() ? ex.messageKey() : ex.fields().get(0).messageKey()))
			.run("gateadmin.guard.bound", () -> {
				this.checkpoints.assign(user, username.strip(), id);
				redirect.addFlashAttribute("messageArg", username.strip());
			});
	}

	@GetMapping("/gate/checkpoints/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		CheckpointForm form = new CheckpointForm();
		form.setRegionCode(user.regionCode());
		form.setKind(CheckpointKind.ROAD_CHECKPOINT);
		form.setDefaultDirection(Direction.IN);
		model.addAttribute("form", form);
		return formView(user, null, model);
	}

	@PostMapping("/gate/checkpoints/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CheckpointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long enterpriseId = enterpriseId(form, result);
		if (result.hasErrors()) {
			return formView(user, null, model);
		}
		try {
			CheckpointView created = this.checkpoints.create(user, form.toInput(enterpriseId));
			redirect.addFlashAttribute("message", "gateadmin.created");
			redirect.addFlashAttribute("messageArg", created.name());
			return "redirect:/gate/checkpoints/" + created.id();
		}
		catch (InvalidInputException ex) {
			reject(result, ex.fields());
			return formView(user, null, model);
		}
	}

	@GetMapping("/gate/checkpoints/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CheckpointView checkpoint = this.checkpoints.find(user, id);
		model.addAttribute("form", CheckpointForm.of(checkpoint));
		return formView(user, checkpoint, model);
	}

	@PostMapping("/gate/checkpoints/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") CheckpointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CheckpointView checkpoint = this.checkpoints.find(user, id);
		Long enterpriseId = enterpriseId(form, result);
		if (result.hasErrors()) {
			return formView(user, checkpoint, model);
		}
		try {
			CheckpointView changed = this.checkpoints.update(user, id, form.toInput(enterpriseId), form.isActive());
			redirect.addFlashAttribute("message", "gateadmin.updated");
			redirect.addFlashAttribute("messageArg", changed.name());
			return "redirect:/gate/checkpoints/" + id;
		}
		catch (InvalidInputException ex) {
			reject(result, ex.fields());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("problem.409.stale");
		}
		return formView(user, checkpoint, model);
	}

	/** The enterprise the form names: by credit code if one is typed, else the one picked. */
	private Long enterpriseId(CheckpointForm form, BindingResult result) {
		if (form.getCreditCode() == null || result.hasFieldErrors("creditCode")) {
			return form.getEnterpriseId();
		}
		return this.enterprises.findByCreditCode(form.getCreditCode()).map(EnterpriseView::id).orElseGet(() -> {
			result.rejectValue("creditCode", "gateadmin.enterprise.notFound");
			return null;
		});
	}

	private String formView(CurrentUser user, CheckpointView checkpoint, Model model) {
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("kinds", CheckpointKind.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("enterprises", this.enterprises.allInJurisdiction(user));
		return "gateadmin/checkpoint-form";
	}

	/** A district official places checkpoints in the district or one of its towns; a town officer in the town. */
	private List<RegionView> regionChoices(CurrentUser user) {
		List<RegionView> choices = new ArrayList<>();
		this.regions.find(user.regionCode()).ifPresent(choices::add);
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			choices.addAll(this.regions.children(user.regionCode()));
		}
		return choices;
	}

	/** Checkpoint id → the usernames of the guards bound to it. */
	private Map<Long, List<String>> guardsAt(CurrentUser user) {
		Map<Long, List<String>> at = new TreeMap<>();
		this.checkpoints.assignments(user)
			.forEach((username, checkpointId) -> at.computeIfAbsent(checkpointId, (key) -> new ArrayList<>()).add(username));
		return at;
	}

	private Map<Long, String> names(CurrentUser user) {
		Map<Long, String> names = new TreeMap<>();
		this.checkpoints.list(user).forEach((checkpoint) -> names.put(checkpoint.id(), checkpoint.name()));
		return names;
	}

	private Map<Long, String> enterpriseNames(CurrentUser user) {
		Map<Long, String> names = new TreeMap<>();
		this.checkpoints.list(user)
			.stream()
			.filter((checkpoint) -> checkpoint.enterpriseId() != null)
			.forEach((checkpoint) -> this.enterprises.find(checkpoint.enterpriseId())
				.ifPresent((enterprise) -> names.put(enterprise.id(), enterprise.name())));
		return names;
	}

	private static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

}
