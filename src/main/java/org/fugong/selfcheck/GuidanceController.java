package org.fugong.selfcheck;

import lombok.RequiredArgsConstructor;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.policy.GuidanceService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Guidance (防疫指导): an enterprise sees the documents for its industry and size;
 * each document lists the self-check items it explains.
 */
@Controller
@RequiredArgsConstructor
class GuidanceController {

	private final GuidanceService guidance;

	private final EnterpriseService enterprises;

	private final CheckTemplates templates;

	@GetMapping("/guidance")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.is(Role.ENTERPRISE)) {
			model.addAttribute("documents",
					this.guidance.forEnterprise(this.enterprises.profile(user, user.requireEnterpriseId())));
			model.addAttribute("filtered", true);
		}
		else {
			model.addAttribute("documents", this.guidance.all());
			model.addAttribute("filtered", false);
		}
		return "selfcheck/guidance-list";
	}

	@GetMapping("/guidance/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("doc", this.guidance.byCode(code));
		model.addAttribute("items", this.templates.explainedBy(code));
		return "selfcheck/guidance";
	}

}
