package org.fugong.gate;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.pass.PassType;
import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The officials' scan log and vehicle traces, for the checkpoints of their jurisdiction. */
@Controller
@RequiredArgsConstructor
class ScanLogController {

	static final int PAGE_SIZE = 20;

	private final ScanLogService scans;

	private final CheckpointService checkpoints;

	@GetMapping("/gate/scans")
	String scans(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") ScanSearchForm form,
			BindingResult result, Model model) {
		// A filter that did not parse (a hand-edited URL) shows today's log, not an error.
		ScanSearchForm search = result.hasErrors() ? ScanSearchForm.today() : form;
		ScanFilter filter = search.toFilter();
		model.addAttribute("search", search);
		model.addAttribute("from", filter.from());
		model.addAttribute("to", filter.to());
		model.addAttribute("counts", this.scans.counts(user, filter));
		model.addAttribute("scans", this.scans.search(user, filter, PageRequest.of(search.pageNumber(), PAGE_SIZE)));
		model.addAttribute("checkpoints", this.checkpoints.seenBy(user));
		model.addAttribute("reasons", VerificationReason.values());
		model.addAttribute("types", PassType.values());
		model.addAttribute("verdicts", java.util.List.of("VALID", "INVALID"));
		model.addAttribute("pageUrl", pageUrl());
		return "gateadmin/scans";
	}

	@GetMapping("/gate/vehicles")
	String vehicles(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ScanSearchForm days = new ScanSearchForm(from, to, null, null, null, null, null, null, Math.max(0, page));
		model.addAttribute("from", days.fromDay());
		model.addAttribute("to", days.toDay());
		model.addAttribute("vehicles",
				this.scans.vehicles(user, days.fromDay(), days.toDay(), PageRequest.of(days.pageNumber(), PAGE_SIZE)));
		model.addAttribute("inside", this.scans.inside(user));
		model.addAttribute("insideDays", ScanQueries.INSIDE_WINDOW.toDays());
		model.addAttribute("pageUrl", pageUrl());
		return "gateadmin/vehicles";
	}

	@GetMapping("/gate/vehicles/{passId}")
	String vehicle(@AuthenticationPrincipal CurrentUser user, @PathVariable long passId, Model model) {
		model.addAttribute("trace", this.scans.trace(user, passId));
		model.addAttribute("now", Instant.now());
		return "gateadmin/vehicle";
	}

	private static String pageUrl() {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().toUriString();
	}

}
