package org.fugong.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CsvFiles;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The policy pages: search, detail (with "does it apply to us?"), the
 * enterprise's matching policies and the officials' list of enterprises a
 * policy reaches. The editor is {@link PolicyEditorController}.
 */
@Controller
@RequiredArgsConstructor
class PolicyController {

	private final PolicyService policies;

	private final GuidanceService guidance;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	private final MessageSource messages;

	@GetMapping("/policies")
	String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") PolicySearchForm form,
			BindingResult result, Model model) {
		PolicySearchForm search = result.hasErrors() ? new PolicySearchForm(null, null, null, null, null, null, 0, 20)
				: form;
		boolean manager = !this.policies.levelsFor(user).isEmpty();
		// A filter that did not parse (a hand-edited URL) leaves no form object: show everything.
		model.addAttribute("search", search);
		model.addAttribute("results", this.policies.search(search.toQuery(manager),
				search.paging().toPageable(false, 20, Sort.unsorted())));
		model.addAttribute("levels", PolicyLevel.values());
		model.addAttribute("categories", PolicyCategory.values());
		model.addAttribute("districts", this.regions.districts());
		model.addAttribute("manager", manager);
		model.addAttribute("today", TimeFormat.today());
		return "policy/search";
	}

	@GetMapping("/policies/matching")
	String matching(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("matches", this.policies.matchingFor(user, locale));
		model.addAttribute("guidance", this.guidance.forEnterprise(enterprise));
		return "policy/matching";
	}

	@GetMapping("/policies/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		PolicyDetail policy = this.policies.detail(id);
		model.addAttribute("policy", policy);
		model.addAttribute("conditions", this.policies.conditionTexts(policy, locale));
		model.addAttribute("attachments", this.policies.attachments(id));
		model.addAttribute("guidance", this.guidance.byIds(policy.guidanceIds()));
		model.addAttribute("today", TimeFormat.today());
		model.addAttribute("canManage", this.policies.canManage(user, policy.level(), policy.regionCode()));
		if (user.is(Role.ENTERPRISE)) {
			EnterpriseFacts facts = this.policies.factsOf(this.enterprises.profile(user, user.requireEnterpriseId()));
			List<ConditionOutcome> outcomes = this.policies.evaluate(policy, facts, locale);
			model.addAttribute("outcomes", outcomes);
			model.addAttribute("applies", outcomes.stream().allMatch(ConditionOutcome::met));
		}
		if (user.isOfficial()) {
			model.addAttribute("reach", this.policies.matchingEnterprises(user, id).size());
		}
		return "policy/detail";
	}

	@GetMapping("/policies/{id}/enterprises")
	String reach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("policy", this.policies.detail(id));
		model.addAttribute("enterprises", this.policies.matchingEnterprises(user, id));
		return "policy/reach";
	}

	@GetMapping("/policies/{id}/enterprises.csv")
	void reachCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		List<EnterpriseView> reached = this.policies.matchingEnterprises(user, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("policy-" + id + "-enterprises.csv", StandardCharsets.UTF_8)
			.build()
			.toString());
		String[] header = Arrays.stream(new String[] { "enterprise.name", "enterprise.creditCode", "enterprise.district",
				"enterprise.town", "enterprise.industry", "enterprise.staffCount", "enterprise.aboveDesignatedSize",
				"enterprise.foreignInvested", "enterprise.contactName", "enterprise.contactPhone" })
			.map((key) -> msg(key, locale))
			.toArray(String[]::new);
		try (CsvFiles.Download csv = CsvFiles.download(response.getOutputStream())) {
			csv.row((Object[]) header);
			for (EnterpriseView e : reached) {
				csv.row(e.name(), e.creditCode(), this.regions.nameOf(e.districtCode(), locale),
						this.regions.nameOf(e.townCode(), locale), msg("industry." + e.industry(), locale),
						e.staffCount(), msg(e.aboveDesignatedSize() ? "common.yes" : "common.no", locale),
						msg(e.foreignInvested() ? "common.yes" : "common.no", locale), e.contactName(),
						e.maskedContactPhone());
			}
		}
	}

	@GetMapping("/policies/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
		PolicyService.DownloadableFile file = this.policies.attachmentFile(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
