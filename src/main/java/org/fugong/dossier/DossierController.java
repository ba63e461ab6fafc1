package org.fugong.dossier;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The enterprise file page ({@code /enterprises/{id}}) for officials of its region. */
@Controller
@RequiredArgsConstructor
class DossierController {

	private final DossierService dossier;

	@GetMapping("/enterprises/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("file", this.dossier.fileOf(user, id));
		model.addAttribute("today", TimeFormat.today());
		return "dossier/file";
	}

}
