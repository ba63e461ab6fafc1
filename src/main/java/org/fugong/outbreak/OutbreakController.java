package org.fugong.outbreak;

import java.time.LocalDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormResults;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbreak pages: the list of cases (with the district's form to seal a
 * site by its credit code), one case with its history, disinfections, test
 * rounds and the unseal form naming what is still missing.
 */
@Controller
@RequiredArgsConstructor
class OutbreakController {

	private final OutbreakService outbreaks;

	private final OutbreakDisinfections disinfections;

	@GetMapping("/outbreaks")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cases", this.outbreaks.search(user, null, PageRequest.of(Math.max(page, 0), 20)));
		return "outbreaks/list";
	}

	@PostMapping("/outbreaks")
	String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			OutbreakView outbreak = this.outbreaks.openByCreditCode(user, creditCode, reason);
			redirect.addFlashAttribute("message", "outbreak.sealed.done");
			return "redirect:/outbreaks/" + outbreak.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", Shown.of(ex.fields()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		redirect.addFlashAttribute("creditCode", creditCode);
		redirect.addFlashAttribute("reason", reason);
		return "redirect:/outbreaks";
	}

	@GetMapping("/outbreaks/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("c", this.outbreaks.detail(user, id));
		model.addAttribute("official", user.isOfficial());
		model.addAttribute("now", LocalDateTime.now(TimeFormat.ZONE).withSecond(0).withNano(0));
		return "outbreaks/case";
	}

	@PostMapping("/outbreaks/{id}/disinfections")
	String disinfect(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@RequestParam(required = false) String by, @RequestParam(required = false) String note,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photo, RedirectAttributes redirect) {
		return action(redirect, id)
			.on(FileStore.FileRejectedException.class, (ex, flash) -> flash.addFlashAttribute("errors",
					Shown.of(List.of(new FieldProblem("photo", ex.messageKey())))))
			.run("outbreak.disinfection.done", () -> this.disinfections.disinfect(user, id,
					(at != null) ? at.atZone(TimeFormat.ZONE).toInstant() : null, by, note, photo));
	}

	@PostMapping("/outbreaks/{id}/unseal")
	String unseal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return action(redirect, id).on(BusinessRuleException.class, (ex, flash) -> {
			flash.addFlashAttribute("error", ex.messageKey());
			flash.addFlashAttribute("errors", Shown.of(ex.fields()));
		}).run("outbreak.unsealed.done", () -> this.outbreaks.unseal(user, id, reason));
	}

	/** An action on a case: its problems are shown beside the fields of the case's page, a conflict above them. */
	private static FormResults action(RedirectAttributes redirect, long id) {
		return FormResults.redirecting(redirect, "redirect:/outbreaks/" + id)
			.on(InvalidInputException.class, (ex, flash) -> flash.addFlashAttribute("errors", Shown.of(ex.fields())))
			.refusing(ConflictException.class);
	}

	@GetMapping("/outbreaks/{id}/photos/{photoId}")
	ResponseEntity<org.springframework.core.io.Resource> photo(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long photoId) {
		return this.disinfections.photo(user, id, photoId).response();
	}

	/** A problem as the next page shows it: kept in the session between the redirect and the page, so serializable. */
	record Shown(String field, String messageKey, Object[] args) implements java.io.Serializable {

		static List<Shown> of(List<FieldProblem> problems) {
			return problems.stream()
				.map((p) -> new Shown(p.field(), p.messageKey(),
						java.util.Arrays.stream(p.args()).map(String::valueOf).toArray(Object[]::new)))
				.toList();
		}

	}

}
