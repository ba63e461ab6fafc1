package org.fugong.enterprise;

import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.InvalidInputException;
import org.fugong.region.RegionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class RegistrationController {

	private final EnterpriseService enterprises;

	private final RegionService regions;

	@GetMapping("/register")
	String initRegistrationForm(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return formView(model);
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			@RequestParam(name = "licence", required = false) MultipartFile licence, Model model,
			RedirectAttributes redirect) {
		FormErrors.reject(result, this.enterprises.checkRegistration(form));
		// The page always asks for the licence: a registration without it proves nothing.
		FormErrors.reject(result, VerificationService.checkLicence(form.getLegalRepresentative(), licence));
		if (result.hasErrors()) {
			form.setPassword(null);
			return formView(model);
		}
		try {
			this.enterprises.register(form, licence);
		}
		catch (FileRejectedException ex) {
			result.reject(ex.messageKey());
			form.setPassword(null);
			return formView(model);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex.fields());
			form.setPassword(null);
			return formView(model);
		}
		catch (ConflictException ex) {
			FormErrors.reject(result, ex.fields().isEmpty() ? List.of(new FieldProblem("creditCode", "enterprise.register.duplicate"))
					: ex.fields());
			form.setPassword(null);
			return formView(model);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex.fields());
			form.setPassword(null);
			return formView(model);
		}
		redirect.addFlashAttribute("message", "verification.register.done");
		return "redirect:/login";
	}

	private String formView(Model model) {
		model.addAttribute("districts", this.regions.districts());
		model.addAttribute("regions", this.regions);
		model.addAttribute("industries", Industry.values());
		return "enterprise/register";
	}

}
