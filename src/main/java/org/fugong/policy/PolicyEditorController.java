package org.fugong.policy;

import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormResults;
import org.fugong.enterprise.Industry;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officials' policy editor: a new policy, its edits, its withdrawal and its
 * attachments, each for an official who manages the policy's level and region.
 */
@Controller
@RequiredArgsConstructor
class PolicyEditorController {

	private final PolicyService policies;

	private final GuidanceService guidance;

	private final RegionService regions;

	@GetMapping("/policies/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		PolicyForm form = new PolicyForm();
		form.setLevel(this.policies.levelsFor(user).get(0));
		form.setPublishedOn(TimeFormat.today());
		form.setEffectiveFrom(TimeFormat.today());
		model.addAttribute("form", form);
		return formView(user, model, null);
	}

	@PostMapping("/policies/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PolicyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		check(user, form, result);
		if (result.hasErrors()) {
			return formView(user, model, null);
		}
		long id = this.policies.create(user, form.toContent());
		redirect.addFlashAttribute("message", "policy.created");
		return "redirect:/policies/" + id;
	}

	@GetMapping("/policies/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		PolicyDetail policy = managed(user, id);
		model.addAttribute("form", PolicyForm.of(policy));
		return formView(user, model, policy);
	}

	@PostMapping("/policies/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PolicyDetail policy = managed(user, id);
		check(user, form, result);
		if (form.getVersion() == null) {
			result.rejectValue("version", "validation.version.required");
		}
		if (result.hasErrors()) {
			return formView(user, model, policy);
		}
		this.policies.update(user, id, form.toContent(), form.getVersion());
		redirect.addFlashAttribute("message", "policy.saved");
		return "redirect:/policies/" + id;
	}

	@PostMapping("/policies/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		managed(user, id);
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("error", "policy.withdraw.reasonRequired");
			return "redirect:/policies/" + id;
		}
		return FormResults.redirecting(redirect, "redirect:/policies/" + id)
			.refusing(BusinessRuleException.class)
			.run("policy.withdrawn", () -> this.policies.withdraw(user, id, reason.trim()));
	}

	@PostMapping("/policies/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		managed(user, id);
		return FormResults.redirecting(redirect, "redirect:/policies/" + id + "/edit")
			.refusing(FileRejectedException.class)
			.run("policy.attachment.added", () -> this.policies.attach(user, id, file));
	}

	@PostMapping("/policies/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId, RedirectAttributes redirect) {
		this.policies.removeAttachment(user, id, attachmentId);
		redirect.addFlashAttribute("message", "policy.attachment.removed");
		return "redirect:/policies/" + id + "/edit";
	}

	private PolicyDetail managed(CurrentUser user, long id) {
		PolicyDetail policy = this.policies.detail(id);
		if (!this.policies.canManage(user, policy.level(), policy.regionCode())) {
			throw new AccessDeniedException("Not a manager of policy " + id);
		}
		return policy;
	}

	private void check(CurrentUser user, PolicyForm form, BindingResult result) {
		if (form.getLevel() != null && !this.policies.levelsFor(user).contains(form.getLevel())) {
			result.rejectValue("level", "policy.level.notYours");
		}
		if (form.getEffectiveFrom() != null && form.getExpiresOn() != null
				&& form.getExpiresOn().isBefore(form.getEffectiveFrom())) {
			result.rejectValue("expiresOn", "policy.expiresOn.beforeEffective");
		}
		if (form.getStaffAtLeast() != null && form.getStaffAtMost() != null
				&& form.getStaffAtMost() < form.getStaffAtLeast()) {
			result.rejectValue("staffAtMost", "policy.staffAtMost.belowLeast");
		}
		if (form.getRegionWithin() != null && !form.getRegionWithin().isBlank()
				&& !this.policies.checkCondition(ConditionKind.REGION_WITHIN, form.getRegionWithin())) {
			result.rejectValue("regionWithin", "policy.regionWithin.invalid");
		}
		if (form.getWhitelistLevel() != null && !form.getWhitelistLevel().isBlank()
				&& !this.policies.checkCondition(ConditionKind.WHITELIST_LEVEL, form.getWhitelistLevel())) {
			result.rejectValue("whitelistLevel", "policy.whitelistLevel.invalid");
		}
		if (form.getGuidanceIds() != null && !form.getGuidanceIds().isEmpty()
				&& this.guidance.byIds(form.getGuidanceIds()).size() != form.getGuidanceIds().size()) {
			result.rejectValue("guidanceIds", "policy.guidance.invalid");
		}
	}

	private String formView(CurrentUser user, Model model, PolicyDetail policy) {
		model.addAttribute("policy", policy);
		model.addAttribute("attachments", (policy != null) ? this.policies.attachments(policy.id()) : List.of());
		model.addAttribute("levels", this.policies.levelsFor(user));
		model.addAttribute("categories", PolicyCategory.values());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("sizes", SizeClass.values());
		model.addAttribute("guidanceChoices", this.guidance.all());
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("whitelistLevels", List.of("CITY", "DISTRICT", "TOWN"));
		return "policy/form";
	}

	private List<RegionView> regionChoices(CurrentUser user) {
		return this.regions.districtsAndTowns(user.is(Role.DISTRICT_OFFICIAL) ? user.regionCode() : null);
	}

}
