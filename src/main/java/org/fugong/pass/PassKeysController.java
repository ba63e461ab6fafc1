package org.fugong.pass;

import lombok.RequiredArgsConstructor;
import org.fugong.security.AuditService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of the signing keys, and rotation on demand (e.g. after a suspected leak). */
@Controller
@RequiredArgsConstructor
class PassKeysController {

	private final KeyRing keys;

	private final AuditService audit;

	@GetMapping("/admin/pass-keys")
	String keys(Model model) {
		model.addAttribute("keys", this.keys.published());
		return "admin/pass-keys";
	}

	@PostMapping("/admin/pass-keys/rotate")
	String rotate(RedirectAttributes redirect) {
		String kid = this.keys.rotate();
		this.audit.record("PASS_KEY_ROTATE", "pass_signing_key", kid, AuditService.SUCCESS, null);
		redirect.addFlashAttribute("message", "pass.keys.rotated");
		redirect.addFlashAttribute("messageArg", kid);
		return "redirect:/admin/pass-keys";
	}

}
