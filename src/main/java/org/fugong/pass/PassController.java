package org.fugong.pass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormResults;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.Workforce;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's pass pages: the list with its filters, issuing one pass or
 * one to every eligible employee, a pass with its QR code, renewing, revoking, a
 * new link for the holder, and the printable cards (one, or eight to an A4 page).
 */
@Controller
@RequiredArgsConstructor
class PassController {

	/** The most cards one print run renders. */
	static final int MAX_PRINT = 2000;

	private final PassService passes;

	private final Workforce workforce;

	private final QrCodes qr;

	@GetMapping("/passes")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page, Model model) {
		PassStatus statusFilter = parse(status);
		boolean expiring = "EXPIRING".equals(status);
		String search = (q != null && q.length() <= 50) ? q : null;
		Page<PassView> found = this.passes.search(user,
				new PassQuery(PassType.WORKER, statusFilter, expiring, search, null),
				PageRequest.of(pageNumber(page), 20, PassApiController.NEWEST_FIRST));
		model.addAttribute("passes", found);
		model.addAttribute("status", (statusFilter != null || expiring) ? status : null);
		model.addAttribute("q", search);
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("whitelisted", !this.passes.enterpriseHalted(user.requireEnterpriseId()));
		model.addAttribute("employees", issuable(user));
		model.addAttribute("latestEnd", TimeFormat.today().plusDays(30));
		model.addAttribute("now", Instant.now());
		return "passes/list";
	}

	@PostMapping("/passes/issue")
	String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long employeeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		if (employeeId == null) {
			redirect.addFlashAttribute("error", "pass.issue.pickEmployee");
			return "redirect:/passes";
		}
		try {
			PassService.Issued issued = this.passes.issueWorker(user, employeeId, null, endOf(validTo));
			redirect.addFlashAttribute("holderLink", this.passes.linkUrl(issued.holderLink()));
			redirect.addFlashAttribute("message", "pass.issued");
			return "redirect:/passes/" + issued.pass().id();
		}
		catch (BusinessRuleException | ConflictException | InvalidInputException ex) {
			flashError(ex, redirect);
			return "redirect:/passes";
		}
	}

	@PostMapping("/passes/issue-all")
	String issueAll(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		try {
			PassService.BulkIssue done = this.passes.issueAllEligible(user, null, endOf(validTo));
			redirect.addFlashAttribute("bulk", done);
		}
		catch (BusinessRuleException | InvalidInputException ex) {
			flashError(ex, redirect);
		}
		return "redirect:/passes";
	}

	@GetMapping("/passes/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		PassView pass = this.passes.find(user, id);
		model.addAttribute("pass", pass);
		model.addAttribute("latestEnd", TimeFormat.today().plusDays(30));
		model.addAttribute("now", Instant.now());
		return "passes/detail";
	}

	@PostMapping("/passes/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/passes/" + id)
			.on(ConflictException.class, PassController::flashError)
			.on(InvalidInputException.class, PassController::flashError)
			.run("pass.revoked.done", () -> this.passes.revoke(user, id, reason));
	}

	@PostMapping("/passes/{id}/renew")
	String renew(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/passes/" + id)
			.on(BusinessRuleException.class, PassController::flashError)
			.on(ConflictException.class, PassController::flashError)
			.on(InvalidInputException.class, PassController::flashError)
			.run("pass.renewed", () -> this.passes.renew(user, id, endOf(validTo)));
	}

	@PostMapping("/passes/{id}/link")
	String newLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/passes/" + id)
			.on(BusinessRuleException.class, PassController::flashError)
			.run("pass.link.sent", () -> redirect.addFlashAttribute("holderLink",
					this.passes.linkUrl(this.passes.newHolderLink(user, id))));
	}

	@PostMapping("/passes/revoke-employee")
	String revokeEmployee(@AuthenticationPrincipal CurrentUser user, @RequestParam long employeeId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long back,
			RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, (back != null) ? "redirect:/passes/" + back : "redirect:/passes")
			.on(InvalidInputException.class, PassController::flashError)
			.run("pass.revokedAll", () -> redirect.addFlashAttribute("messageArg",
					this.passes.revokeAllOf(user, employeeId, reason)));
	}

	@GetMapping("/passes/{id}/card")
	String card(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return cards(List.of(this.passes.find(user, id)), model);
	}

	/**
	 * Cards to print: the passes named by {@code ids}, or else every pass in date
	 * that matches the list's search; at most {@link #MAX_PRINT} a run.
	 */
	@GetMapping("/passes/print")
	String print(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String ids,
			@RequestParam(required = false) String q, Model model) {
		List<PassView> chosen;
		if (ids != null && !ids.isBlank()) {
			List<Long> wanted = Arrays.stream(ids.split(","))
				.map(String::strip)
				.filter((id) -> id.matches("\\d{1,18}"))
				.map(Long::valueOf)
				.limit(MAX_PRINT)
				.toList();
			chosen = this.passes.ownPasses(user, wanted);
		}
		else {
			String search = (q != null && q.length() <= 50) ? q : null;
			chosen = this.passes.search(user, new PassQuery(PassType.WORKER, PassStatus.ACTIVE, false, search, null),
					PageRequest.of(0, MAX_PRINT, org.springframework.data.domain.Sort.by("department", "holderName", "id")))
				.getContent();
		}
		return cards(chosen, model);
	}

	private String cards(List<PassView> chosen, Model model) {
		List<Card> cards = new ArrayList<>(chosen.size());
		for (PassView pass : chosen) {
			if (pass.qrText() != null) {
				cards.add(new Card(pass, this.qr.svg(pass.qrText())));
			}
		}
		List<List<Card>> sheets = new ArrayList<>();
		for (int i = 0; i < cards.size(); i += 8) {
			sheets.add(cards.subList(i, Math.min(cards.size(), i + 8)));
		}
		model.addAttribute("sheets", sheets);
		model.addAttribute("count", cards.size());
		return "passes/print";
	}

	private List<EmployeeSummary> issuable(CurrentUser user) {
		return this.workforce.active(user.requireEnterpriseId())
			.stream()
			.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
			.limit(500)
			.toList();
	}

	/** The end of a chosen day in Shanghai, or null for the default. */
	private static Instant endOf(LocalDate day) {
		return (day != null) ? day.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant().minusSeconds(1) : null;
	}

	private static PassStatus parse(String status) {
		return Arrays.stream(PassStatus.values())
			.filter((candidate) -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
	}

	private static int pageNumber(String page) {
		return (page != null && page.matches("\\d{1,6}")) ? Integer.parseInt(page) : 0;
	}

	/** The first problem of a refused action, as the page's error line (with its argument, if any). */
	private static void flashError(RuntimeException ex, RedirectAttributes redirect) {
		if (ex instanceof InvalidInputException invalid && !invalid.fields().isEmpty()) {
			FieldProblem problem = invalid.fields().get(0);
			redirect.addFlashAttribute("error", problem.messageKey());
			if (problem.args() != null && problem.args().length > 0) {
				redirect.addFlashAttribute("errorArg", problem.args()[0]);
			}
		}
		else if (ex instanceof BusinessRuleException rule) {
			redirect.addFlashAttribute("error", rule.messageKey());
		}
		else if (ex instanceof ConflictException conflict) {
			redirect.addFlashAttribute("error", conflict.getMessage());
		}
		else {
			redirect.addFlashAttribute("error", "problem.500.title");
		}
	}

	/** One card: the pass and its QR code as inline SVG. */
	record Card(PassView pass, String svg) {
	}

}
