package org.fugong.enterprise;

import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageQuery;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Verification pages: the officials' queue ({@code /enterprises/verifications}),
 * one enterprise's licence and the decision form, and the enterprise's own status
 * with the form to correct its licence after a rejection ({@code /enterprise/verification}).
 */
@Controller
@RequiredArgsConstructor
class VerificationController {

	private final VerificationService verification;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	@GetMapping("/enterprises/verifications")
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Verification state,
			@RequestParam(required = false) String town, @RequestParam(required = false) String q,
			@Valid PageQuery page, BindingResult paging, Model model) {
		VerificationFilter filter = new VerificationFilter(state, town, q);
		model.addAttribute("enterprises", this.verification.queue(user, filter,
				page.toPageable(paging.hasErrors(), 20, Sort.by("verificationRequestedAt", "id"))));
		model.addAttribute("state", filter.stateOrPending());
		model.addAttribute("town", filter.townOrNull());
		model.addAttribute("q", filter.query());
		model.addAttribute("states", Verification.values());
		model.addAttribute("towns", (user.jurisdiction().townCode() == null && user.regionCode() != null)
				? this.regions.children(user.regionCode()) : List.of());
		model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/enterprises/verifications")
			.queryParam("state", filter.stateOrPending())
			.queryParamIfPresent("town", java.util.Optional.ofNullable(filter.townOrNull()))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(filter.query()))
			.encode()
			.toUriString());
		return "enterprise/verifications";
	}

	@GetMapping("/enterprises/{id}/verification")
	String initDecisionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, id);
		model.addAttribute("form", DecisionForm.of(enterprise));
		return decisionView(model, enterprise);
	}

	@PostMapping("/enterprises/{id}/verification")
	String processDecisionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			EnterpriseView decided = this.verification.decide(user, id, form.getDecision(), form.getNote(),
					form.getVersion());
			redirect.addFlashAttribute("message", "verification.decided." + decided.verification());
			redirect.addFlashAttribute("messageArg", decided.name());
			return "redirect:/enterprises/verifications";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex.fields());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex.fields());
		}
		catch (ConflictException ex) {
			// Decided meanwhile: the page shows the decision, without the form, and says so.
			model.addAttribute("error", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("error", "problem.409.stale");
		}
		EnterpriseView enterprise = this.enterprises.profile(user, id);
		form.setVersion(enterprise.version());
		return decisionView(model, enterprise);
	}

	@GetMapping("/enterprises/{id}/licence")
	ResponseEntity<Resource> licence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return EnterpriseApiController.download(this.verification.licence(user, id));
	}

	@GetMapping("/enterprise/verification")
	String own(@AuthenticationPrincipal CurrentUser user, Model model) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		LicenceForm form = new LicenceForm();
		form.setLegalRepresentative(enterprise.legalRepresentative());
		model.addAttribute("form", form);
		return ownView(model, enterprise);
	}

	@PostMapping("/enterprise/verification")
	String resubmit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") LicenceForm form,
			BindingResult result, @RequestParam(name = "licence", required = false) MultipartFile licence,
			Model model, RedirectAttributes redirect) {
		try {
			this.verification.resubmit(user, form.getLegalRepresentative(), licence);
			redirect.addFlashAttribute("message", "verification.resubmitted");
			return "redirect:/enterprise/verification";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex.fields());
		}
		catch (FileRejectedException ex) {
			result.reject(ex.messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/enterprise/verification";
		}
		return ownView(model, this.enterprises.profile(user, user.requireEnterpriseId()));
	}

	@GetMapping("/enterprise/licence")
	ResponseEntity<Resource> ownLicence(@AuthenticationPrincipal CurrentUser user) {
		return EnterpriseApiController.download(this.verification.licence(user, user.requireEnterpriseId()));
	}

	private String ownView(Model model, EnterpriseView enterprise) {
		model.addAttribute("enterprise", enterprise);
		return "enterprise/own-verification";
	}

	private String decisionView(Model model, EnterpriseView enterprise) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("decisions", List.of(Verification.VERIFIED, Verification.REJECTED));
		return "enterprise/verification";
	}

	/** The enterprise's corrected legal representative (the licence comes as a file beside it). */
	static class LicenceForm {

		private String legalRepresentative;

		public String getLegalRepresentative() {
			return this.legalRepresentative;
		}

		public void setLegalRepresentative(String legalRepresentative) {
			this.legalRepresentative = legalRepresentative;
		}

	}

	/** An official's decision as the page posts it. */
	static class DecisionForm {

		private Verification decision;

		private String note;

		private Long version;

		static DecisionForm of(EnterpriseView enterprise) {
			DecisionForm form = new DecisionForm();
			form.version = enterprise.version();
			return form;
		}

		public Verification getDecision() {
			return this.decision;
		}

		public void setDecision(Verification decision) {
			this.decision = decision;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
