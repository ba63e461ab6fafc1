package org.fugong.alert;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.web.FormResults;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alerts page of town officers and district officials: filter, acknowledge, close with a note. */
@Controller
@RequiredArgsConstructor
class AlertController {

	private final AlertService alerts;

	@GetMapping("/alerts")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		// A filter that does not parse (a hand-edited URL) shows everything, not an error.
		AlertState chosenState = parse(AlertState.class, state);
		AlertKind chosenKind = parse(AlertKind.class, kind);
		int number = (page != null && page.matches("\\d{1,6}")) ? Integer.parseInt(page) : 0;
		model.addAttribute("alerts", this.alerts.search(user, chosenState, chosenKind, PageRequest.of(number, 20)));
		model.addAttribute("state", chosenState);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("states", AlertState.values());
		model.addAttribute("kinds", AlertKind.values());
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("noteMax", AlertService.MAX_NOTE);
		return "alerts/list";
	}

	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return action(redirect).run("alert.acknowledged", () -> this.alerts.acknowledge(user, id, version));
	}

	@PostMapping("/alerts/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return action(redirect).on(InvalidInputException.class, (ex, flash) -> {
			flash.addFlashAttribute("alertError", "alert.note.required");
			flash.addFlashAttribute("alertErrorId", id);
		}).run("alert.closed", () -> this.alerts.close(user, id, note, version));
	}

	/** An action on an alert; one that somebody else's action overtook says so on the list. */
	private static FormResults action(RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/alerts")
			.on(ConflictException.class, (ex, flash) -> flash.addFlashAttribute("alertError", "alert.changed"))
			.on(ObjectOptimisticLockingFailureException.class,
					(ex, flash) -> flash.addFlashAttribute("alertError", "alert.changed"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
