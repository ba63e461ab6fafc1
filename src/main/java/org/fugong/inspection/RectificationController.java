package org.fugong.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageLinks;
import org.fugong.common.web.FormResults;
import org.fugong.region.RegionService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notice pages: the list (an enterprise's own; the jurisdiction's for
 * officials, overdue ones raised), one notice printable on A4 and as PDF, the
 * enterprise's answer per aspect with photos, the follow-up verdict, the
 * district's stop and its lifting.
 */
@Controller
@RequiredArgsConstructor
class RectificationController {

	private static final int PAGE_SIZE = 20;

	private final RectificationService rectifications;

	private final StopService stops;

	private final InspectionService inspections;

	private final NoticePdf pdf;

	private final RegionService regions;

	private final AuditService audit;

	@GetMapping("/rectifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		NoticeState shown = parse(state);
		model.addAttribute("state", shown);
		model.addAttribute("states", NoticeState.values());
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("notices", this.rectifications.search(user, new NoticeFilter(shown, null, null),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id")))));
		if (user.isOfficial()) {
			model.addAttribute("overdue", this.rectifications
				.search(user, new NoticeFilter(NoticeState.OVERDUE, null, null), PageRequest.of(0, 50, Sort.by("dueAt")))
				.getContent());
		}
		return "inspections/notices";
	}

	@GetMapping("/rectifications/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detail(user, id, model);
	}

	@GetMapping("/rectifications/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		NoticeDetail notice = this.rectifications.detail(user, id);
		byte[] body = this.pdf.render(notice, LocaleContextHolder.getLocale(), user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("notice-" + id + ".pdf").build().toString())
			.body(body);
	}

	@PostMapping("/rectifications/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<Aspect, String> answers = new EnumMap<>(Aspect.class);
		for (Aspect aspect : Aspect.values()) {
			String text = request.getParameter("answer_" + aspect.name());
			if (text != null) {
				answers.put(aspect, text);
			}
		}
		Map<Aspect, List<MultipartFile>> photos = InspectionController.photos(request, "photo_");
		try {
			this.rectifications.respond(user, id, answers, request.getParameter("note"), photos);
			redirect.addFlashAttribute("message", "inspection.answer.saved");
			return "redirect:/rectifications/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("answerProblems", ex.fields());
			model.addAttribute("answers", answers);
			return refused(user, id, model, response, 400, "form.hasErrors");
		}
		catch (FileStore.FileRejectedException ex) {
			model.addAttribute("answers", answers);
			return refused(user, id, model, response, ex.status(), ex.messageKey());
		}
		catch (ConflictException ex) {
			return refused(user, id, model, response, 409, ex.messageKey());
		}
	}

	@PostMapping("/rectifications/{id}/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Boolean accepted, @RequestParam(required = false) String note,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (accepted == null) {
			return refused(user, id, model, response, 400, "inspection.review.verdictRequired");
		}
		try {
			InspectionOutcome outcome = this.inspections.review(user, id, accepted, note);
			if (outcome.noticeId() != null) {
				redirect.addFlashAttribute("message", "inspection.saved.notice");
				redirect.addFlashAttribute("messageArg", outcome.noticeNumber());
				return "redirect:/rectifications/" + outcome.noticeId();
			}
			redirect.addFlashAttribute("message", "inspection.saved.closed");
			return "redirect:/rectifications/" + id;
		}
		catch (InvalidInputException ex) {
			return refused(user, id, model, response, 400, "inspection.note.requiredWhenFailed");
		}
		catch (ConflictException ex) {
			return refused(user, id, model, response, 409, ex.messageKey());
		}
	}

	@PostMapping("/rectifications/{id}/stop")
	String stop(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.stops.stop(user, id, reason);
			redirect.addFlashAttribute("message", "inspection.stop.ordered");
			return "redirect:/rectifications/" + id;
		}
		catch (InvalidInputException ex) {
			return refused(user, id, model, response, 400, "inspection.stop.reasonRequired");
		}
		catch (BusinessRuleException ex) {
			return refused(user, id, model, response, 422, ex.messageKey());
		}
		catch (ConflictException ex) {
			return refused(user, id, model, response, 409, ex.messageKey());
		}
	}

	@PostMapping("/stops/{id}/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/inspections/stops")
			.refusing(InvalidInputException.class, "inspection.stop.reasonRequired")
			.refusing(BusinessRuleException.class)
			.refusing(ConflictException.class)
			.run("inspection.lift.done", () -> this.stops.lift(user, id, reason));
	}

	/** The notice again with the one message saying why the post was refused; nothing changed. */
	private String refused(CurrentUser user, long id, Model model, HttpServletResponse response, int status,
			String error) {
		model.addAttribute("error", error);
		response.setStatus(status);
		return detail(user, id, model);
	}

	private String detail(CurrentUser user, long id, Model model) {
		NoticeDetail notice = this.rectifications.detail(user, id);
		model.addAttribute("n", notice);
		model.addAttribute("issuer", this.regions.nameOf(notice.townCode(), LocaleContextHolder.getLocale()));
		model.addAttribute("zone",
				(notice.gridCode() != null) ? this.regions.nameOf(notice.gridCode(), LocaleContextHolder.getLocale())
						: null);
		model.addAttribute("own", user.enterpriseId() != null);
		model.addAttribute("answerable", user.enterpriseId() != null
				&& (notice.state() == NoticeState.OPEN || notice.state() == NoticeState.OVERDUE));
		model.addAttribute("reviewable", user.is(org.fugong.security.Role.TOWN_OFFICER) && (notice.state().isPending()
				|| (notice.stop() != null && notice.stop().state() == StopState.IN_FORCE
						&& notice.state() == NoticeState.ESCALATED)));
		model.addAttribute("stoppable", user.is(org.fugong.security.Role.DISTRICT_OFFICIAL) && notice.stoppable());
		List<AuditService.AuditEntry> history = new ArrayList<>(
				this.audit.forTarget(InspectionService.AUDIT_NOTICE, notice.id()));
		if (notice.stop() != null) {
			history.addAll(this.audit.forTarget(StopService.AUDIT_STOP, notice.stop().id()));
		}
		history.sort(Comparator.comparing(AuditService.AuditEntry::at));
		model.addAttribute("history", history);
		if (!model.containsAttribute("answers")) {
			model.addAttribute("answers", Map.of());
		}
		return "inspections/notice";
	}

	private static NoticeState parse(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return NoticeState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
