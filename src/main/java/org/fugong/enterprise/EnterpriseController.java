package org.fugong.enterprise;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's own profile ({@code /enterprise/...}) and the officials' list
 * of enterprises in their jurisdiction ({@code /enterprises}); one enterprise's
 * page for officials is its file (the dossier module).
 */
@Controller
@RequiredArgsConstructor
class EnterpriseController {

	private final EnterpriseService enterprises;

	@GetMapping("/enterprise/profile")
	String ownProfile(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("enterprise", this.enterprises.profile(user, user.requireEnterpriseId()));
		model.addAttribute("own", true);
		return "enterprise/profile";
	}

	@GetMapping("/enterprise/profile/edit")
	String initProfileForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		model.addAttribute("form", ProfileForm.of(enterprise));
		return formView(model, enterprise);
	}

	@PostMapping("/enterprise/profile/edit")
	String processProfileForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, this.enterprises.profile(user, user.requireEnterpriseId()));
		}
		this.enterprises.updateOwnProfile(user, form);
		redirect.addFlashAttribute("message", "enterprise.profile.saved");
		return "redirect:/enterprise/profile";
	}

	@GetMapping("/enterprises")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@Valid PageQuery page, BindingResult paging, Model model) {
		model.addAttribute("enterprises", this.enterprises.search(user, q,
				page.toPageable(paging.hasErrors(), 20, Sort.by("name", "id"))));
		model.addAttribute("q", q);
		return "enterprise/list";
	}

	private String formView(Model model, EnterpriseView enterprise) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("industries", Industry.values());
		return "enterprise/edit";
	}

}
