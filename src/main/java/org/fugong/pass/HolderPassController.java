package org.fugong.pass;

import java.math.BigDecimal;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.workforce.HealthDeclarationView;
import org.fugong.workforce.HealthDeclarations;
import org.fugong.workforce.HealthEntryForm;
import org.fugong.workforce.QuarantineStatus;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's or a driver's own pass, opened on their phone through the link they
 * were sent: no account, the link is the key (144 random bits, kept only as a
 * hash). It shows the QR code large, the masked name, the enterprise and the
 * validity. A replaced link, or a revoked pass, shows no code. The holder of an
 * active worker pass declares their health for the day here (健康申报).
 */
@Controller
@RequiredArgsConstructor
class HolderPassController {

	private final PassService passes;

	private final QrCodes qr;

	private final HealthDeclarations health;

	@GetMapping("/p/{link}")
	String pass(@PathVariable String link, Model model) {
		HealthEntryForm form = new HealthEntryForm();
		form.setTemperature(new BigDecimal("36.5"));
		model.addAttribute("healthForm", form);
		return view(link, model);
	}

	/** The code of an active pass, as the default PNG draws it (the picture the check at issue time reads). */
	@GetMapping(path = "/p/{link}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(@PathVariable String link) {
		PassView pass = this.passes.byHolderLink(link)
			.filter((found) -> found.status() == PassStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("pass"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.qr.png(pass.qrText()));
	}

	@PostMapping("/p/{link}/health")
	String declare(@PathVariable String link, @ModelAttribute("healthForm") HealthEntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PassView pass = declarable(link).orElseThrow(() -> new NotFoundException("pass"));
		if (!result.hasErrors()) {
			try {
				HealthDeclarationView view = this.health.declareByHolder(pass.enterpriseId(), pass.employeeId(),
						form.entry(TimeFormat.today()));
				redirect.addFlashAttribute("healthSaved", view.abnormal() ? "pass.holder.health.saved.abnormal"
						: "pass.holder.health.saved");
				return "redirect:/p/" + link;
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach((p) -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
			}
			catch (BusinessRuleException | ConflictException ex) {
				result.reject("pass.holder.health.failed");
			}
		}
		return view(link, model);
	}

	private String view(String link, Model model) {
		PassView pass = this.passes.byHolderLink(link).orElseThrow(() -> new NotFoundException("pass"));
		model.addAttribute("pass", pass);
		model.addAttribute("link", link);
		if (isDeclarable(pass)) {
			model.addAttribute("declaration", this.health.of(pass.employeeId(), TimeFormat.today()).orElse(null));
			model.addAttribute("statuses", QuarantineStatus.values());
		}
		return "passes/holder";
	}

	/** Only the holder of an active worker pass declares through it. */
	private Optional<PassView> declarable(String link) {
		return this.passes.byHolderLink(link).filter(HolderPassController::isDeclarable);
	}

	private static boolean isDeclarable(PassView pass) {
		return pass.type() == PassType.WORKER && pass.employeeId() != null && pass.status() == PassStatus.ACTIVE;
	}

}
