package org.fugong.selfcheck;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.policy.GuidanceService;
import org.fugong.policy.GuidanceView;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class SelfCheckController {

	private final SelfCheckService checks;

	private final EnterpriseService enterprises;

	private final GuidanceService guidance;

	@GetMapping("/self-check")
	String initCheckForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		SelfCheckForm form = this.checks.draft(user).map(SelfCheckForm::of).orElseGet(() -> {
			SelfCheckForm fresh = new SelfCheckForm();
			fresh.setStaffOnSite(this.enterprises.profile(user, user.requireEnterpriseId()).staffCount());
			return fresh;
		});
		model.addAttribute("form", form);
		return formView(user, model);
	}

	@PostMapping("/self-check")
	String processCheckForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SelfCheckForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action,
			MultipartHttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(user, model);
		}
		Map<String, MultipartFile> evidence = new LinkedHashMap<>();
		request.getFileMap().forEach((name, file) -> {
			if (name.startsWith("evidence-") && !file.isEmpty()) {
				evidence.put(name.substring("evidence-".length()), file);
			}
		});
		try {
			if ("draft".equals(action)) {
				this.checks.saveDraft(user, form.site(), form.inputs(), evidence);
				redirect.addFlashAttribute("message", "selfcheck.draftSaved");
				return "redirect:/self-check";
			}
			SelfCheckResult checked = this.checks.submit(user, form.site(), form.inputs(), evidence);
			return "redirect:/self-check/" + checked.id();
		}
		catch (BusinessRuleException ex) {
			Map<String, String> itemErrors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.fields()) {
				itemErrors.put(itemCode(problem.field()), problem.messageKey());
			}
			model.addAttribute("itemErrors", itemErrors);
			return formView(user, model);
		}
	}

	@GetMapping("/self-check/history")
	String history(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("checks", this.checks.history(user));
		model.addAttribute("draft", this.checks.draft(user).orElse(null));
		return "selfcheck/history";
	}

	@GetMapping("/self-check/{id}")
	String result(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		SelfCheckResult check = this.checks.result(user, id);
		model.addAttribute("check", check);
		model.addAttribute("guidance", guidanceByCode());
		model.addAttribute("validNow", check.isValidAt(java.time.Instant.now()));
		return "selfcheck/result";
	}

	@GetMapping("/self-check/{id}/evidence/{code}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable String code) {
		SelfCheckService.EvidenceDownload file = this.checks.evidence(user, id, code);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private String formView(CurrentUser user, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		CheckTemplate template = this.checks.template();
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("template", template);
		model.addAttribute("categories", CheckCategory.values());
		model.addAttribute("guidance", guidanceByCode());
		model.addAttribute("draft", this.checks.draft(user).orElse(null));
		model.addAttribute("threshold", SiteFacts.SAMPLING_POINT_THRESHOLD);
		if (!model.containsAttribute("itemErrors")) {
			model.addAttribute("itemErrors", Map.of());
		}
		return "selfcheck/form";
	}

	private Map<String, GuidanceView> guidanceByCode() {
		Map<String, GuidanceView> byCode = new LinkedHashMap<>();
		for (GuidanceView g : this.guidance.all()) {
			byCode.put(g.code(), g);
		}
		return byCode;
	}

	/** {@code answers[SP-01].file} → {@code SP-01}: item errors show beside the item. */
	private static String itemCode(String field) {
		int open = field.indexOf('[');
		int close = field.indexOf(']');
		return (open >= 0 && close > open) ? field.substring(open + 1, close) : field;
	}

}
