package org.fugong.inbox;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.validation.Valid;

@Controller
@RequiredArgsConstructor
class InboxController {

	private final InboxService inbox;

	@GetMapping("/inbox")
	String list(@AuthenticationPrincipal CurrentUser user, @Valid PageQuery page, BindingResult paging, Model model) {
		model.addAttribute("notices", this.inbox.list(user, page.toPageable(paging.hasErrors(), 20, Sort.unsorted())));
		return "inbox/list";
	}

	@PostMapping("/inbox/{id}/open")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return "redirect:" + this.inbox.open(user, id);
	}

	@PostMapping("/inbox/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		this.inbox.markAllRead(user);
		return "redirect:/inbox";
	}

}
