package org.fugong.appeal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * The appeal pages: the enterprise's own items and its filing form, the
 * officials' queue, one item with its conversation, history and the forms its
 * reader may use, and the figures.
 */
@Controller
class AppealController {

	private final AppealService appeals;

	private final RegionService regions;

	private final EnterpriseService enterprises;

	AppealController(AppealService appeals, RegionService regions, EnterpriseService enterprises) {
		this.appeals = appeals;
		this.regions = regions;
		this.enterprises = enterprises;
	}

	@GetMapping("/appeals")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") AppealSearchForm search,
			BindingResult result, Model model) {
		AppealSearchForm filters = result.hasErrors() ? AppealSearchForm.empty() : search;
		model.addAttribute("search", filters);
		var pageable = new PageQuery(filters.page(), 20).toPageable(false, 20, Sort.unsorted());
		if (user.is(Role.ENTERPRISE)) {
			model.addAttribute("appeals", this.appeals.list(user,
					new AppealFilter(null, null, null, null, false, false, "received"), pageable));
			model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
			return "appeals/mine";
		}
		model.addAttribute("queue", this.appeals.list(user, filters.toFilter(), pageable));
		model.addAttribute("counts", this.appeals.counts(user));
		model.addAttribute("states", AppealState.values());
		model.addAttribute("types", AppealType.values());
		model.addAttribute("towns", townsOf(user));
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		return "appeals/queue";
	}

	@GetMapping("/appeals/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long applicationId, Model model) {
		AppealForm form = new AppealForm();
		if (applicationId != null) {
			form.setType(AppealType.APPLICATION_REJECTED);
			form.setApplicationId(applicationId);
		}
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/appeals/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AppealForm form,
			BindingResult result, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getType() == AppealType.APPLICATION_REJECTED && form.getApplicationId() == null) {
			result.rejectValue("applicationId", "appeal.application.required");
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			return form(user, model);
		}
		try {
			long id = this.appeals.file(user, form.toInput(), files);
			redirect.addFlashAttribute("message", "appeal.filed");
			return "redirect:/appeals/" + id;
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(field(f.field()), f.messageKey(), f.args(), null));
		}
		catch (BusinessRuleException ex) {
			ex.fields().forEach((f) -> result.rejectValue(field(f.field()), f.messageKey()));
		}
		catch (ConflictException ex) {
			ex.fields().forEach((f) -> result.rejectValue(field(f.field()), f.messageKey()));
		}
		catch (FileRejectedException ex) {
			model.addAttribute("fileError", ex.messageKey());
		}
		response.setStatus(400);
		return form(user, model);
	}

	@GetMapping("/appeals/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detail(user, id, model);
	}

	@PostMapping("/appeals/{id}/messages")
	String message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		this.appeals.message(user, id, form.getText());
		redirect.addFlashAttribute("message", "appeal.messageSent");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") TextForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		this.appeals.note(user, id, form.getText());
		redirect.addFlashAttribute("message", "appeal.noteAdded");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.assign(user, id, form.getAssignee(), form.getVersion());
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(f.field(), f.messageKey()));
			response.setStatus(400);
			return detail(user, id, model);
		}
		catch (OptimisticLockingFailureException | ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", "appeal.assigned");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("respondForm") RespondForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.respond(user, id, form.getAnswer(), form.isResolved(), form.getUpheld(), form.getVersion());
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(f.field(), f.messageKey()));
			response.setStatus(400);
			return detail(user, id, model);
		}
		catch (OptimisticLockingFailureException | ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", form.isResolved() ? "appeal.resolved" : "appeal.answered");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.close(user, id, form.getSatisfaction(), form.getComment());
		}
		catch (ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", "appeal.closed");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reopenForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.reopen(user, id, form.getReason());
		}
		catch (BusinessRuleException ex) {
			result.rejectValue("reason", ex.messageKey());
			response.setStatus(422);
			return detail(user, id, model);
		}
		catch (ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", "appeal.reopened");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/escalate")
	String escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("escalateForm") ReasonForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.escalate(user, id, form.getReason());
		}
		catch (ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", "appeal.escalated");
		return "redirect:/appeals/" + id;
	}

	@PostMapping("/appeals/{id}/transfer")
	String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return detail(user, id, model);
		}
		try {
			this.appeals.transfer(user, id, form.getDepartment(), form.getReason());
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(f.field(), f.messageKey()));
			response.setStatus(400);
			return detail(user, id, model);
		}
		catch (ConflictException ex) {
			return conflict(user, id, model, response);
		}
		redirect.addFlashAttribute("message", "appeal.transferred");
		return "redirect:/appeals/" + id;
	}

	@GetMapping("/appeals/on-behalf")
	String initOnBehalfForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) String q, Model model) {
		AppealForm form = new AppealForm();
		form.setEnterpriseId(enterpriseId);
		form.setChannel(AppealChannel.HOTLINE);
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		return onBehalfForm(user, q, model);
	}

	@PostMapping("/appeals/on-behalf")
	String processOnBehalfForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AppealForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getEnterpriseId() == null) {
			result.rejectValue("enterpriseId", "validation.required");
		}
		if (form.getChannel() == null) {
			result.rejectValue("channel", "validation.required");
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			return onBehalfForm(user, null, model);
		}
		try {
			long id = this.appeals.fileOnBehalf(user, form.getEnterpriseId(), form.getChannel(), form.toInput(), files);
			redirect.addFlashAttribute("message", "appeal.onBehalf.filed");
			return "redirect:/appeals/" + id;
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(onBehalfField(f.field()), f.messageKey(), f.args(), null));
		}
		catch (NotFoundException ex) {
			result.rejectValue("enterpriseId", "appeal.onBehalf.enterpriseUnknown");
		}
		catch (FileRejectedException ex) {
			model.addAttribute("fileError", ex.messageKey());
		}
		response.setStatus(400);
		return onBehalfForm(user, null, model);
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		AppealService.AttachmentDownload file = this.appeals.attachment(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@GetMapping("/appeals/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		LocalDate end = (to != null) ? to : TimeFormat.today();
		LocalDate start = (from != null && !from.isAfter(end)) ? from : end.minusDays(27);
		String chosen = (region == null || region.isBlank()) ? null : region;
		model.addAttribute("figures", this.appeals.figuresFor(user, chosen, start, end));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("region", chosen);
		model.addAttribute("regions", regionsOf(user));
		return "appeals/figures";
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("types", AppealType.values());
		model.addAttribute("rejected", this.appeals.contestable(user));
		model.addAttribute("maxFiles", AppealService.MAX_ATTACHMENTS);
		return "appeals/form";
	}

	/** The form, with the enterprises to choose from: those matching the search, and the one chosen. */
	private String onBehalfForm(CurrentUser user, String q, Model model) {
		AppealForm form = (AppealForm) model.getAttribute("form");
		List<EnterpriseView> matches = new ArrayList<>(
				this.enterprises.search(user, q, PageRequest.of(0, 20, Sort.by("name"))).getContent());
		if (form != null && form.getEnterpriseId() != null
				&& matches.stream().noneMatch((e) -> e.id() == form.getEnterpriseId())) {
			try {
				matches.add(0, this.enterprises.profile(user, form.getEnterpriseId()));
			}
			catch (NotFoundException ex) {
				form.setEnterpriseId(null);
			}
		}
		model.addAttribute("matches", matches);
		model.addAttribute("types",
				Arrays.stream(AppealType.values()).filter((t) -> t != AppealType.APPLICATION_REJECTED).toList());
		model.addAttribute("channels", AppealChannel.values());
		model.addAttribute("maxFiles", AppealService.MAX_ATTACHMENTS);
		return "appeals/on-behalf";
	}

	private static String onBehalfField(String field) {
		return Arrays.asList("type", "subject", "content", "enterpriseId", "channel").contains(field) ? field
				: "content";
	}

	private String conflict(CurrentUser user, long id, Model model, HttpServletResponse response) {
		// Somebody acted first, or the item moved on: show it as it is now.
		response.setStatus(409);
		model.asMap().remove("assignForm");
		model.asMap().remove("respondForm");
		model.asMap().remove("escalateForm");
		model.asMap().remove("transferForm");
		model.addAttribute("conflict", true);
		return detail(user, id, model);
	}

	private String detail(CurrentUser user, long id, Model model) {
		AppealDetail appeal = this.appeals.detail(user, id);
		AppealState state = appeal.summary().state();
		boolean enterprise = user.enterpriseId() != null;
		boolean acting = AppealService.acts(user, appeal.summary());
		model.addAttribute("appeal", appeal);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("canReply", enterprise && state != AppealState.CLOSED);
		model.addAttribute("canClose", enterprise && (state == AppealState.ANSWERED || state == AppealState.RESOLVED));
		model.addAttribute("canReopen", enterprise && appeal.reopenable());
		model.addAttribute("canAnswer", acting && state.isOpen());
		model.addAttribute("canNote", acting);
		boolean canAssign = user.is(Role.DISTRICT_OFFICIAL) && state != AppealState.RESOLVED
				&& state != AppealState.CLOSED;
		model.addAttribute("canAssign", canAssign);
		model.addAttribute("assignees", canAssign ? this.appeals.assignees(user, id) : List.of());
		boolean canEscalate = user.is(Role.DISTRICT_OFFICIAL) && state.isOpen() && state != AppealState.ESCALATED;
		boolean canTransfer = state.isOpen() && (user.is(Role.DISTRICT_OFFICIAL) && state != AppealState.ESCALATED
				|| user.is(Role.CITY_OFFICIAL) && state == AppealState.ESCALATED);
		model.addAttribute("canEscalate", canEscalate);
		model.addAttribute("canTransfer", canTransfer);
		model.addAttribute("departments", canTransfer ? this.appeals.departments() : List.of());
		if (!model.containsAttribute("escalateForm")) {
			model.addAttribute("escalateForm", new ReasonForm());
		}
		if (!model.containsAttribute("transferForm")) {
			model.addAttribute("transferForm", new TransferForm());
		}
		model.addAttribute("contestsRejection", appeal.summary().type() == AppealType.APPLICATION_REJECTED);
		model.addAttribute("ratings", List.of(5, 4, 3, 2, 1));
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new TextForm());
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new TextForm());
		}
		if (!model.containsAttribute("assignForm")) {
			AssignForm form = new AssignForm();
			form.setAssignee(appeal.assignee());
			form.setVersion(appeal.version());
			model.addAttribute("assignForm", form);
		}
		if (!model.containsAttribute("respondForm")) {
			RespondForm form = new RespondForm();
			form.setVersion(appeal.version());
			model.addAttribute("respondForm", form);
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CloseForm());
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReasonForm());
		}
		return "appeals/detail";
	}

	private List<RegionView> townsOf(CurrentUser user) {
		if (user.is(Role.TOWN_OFFICER)) {
			return this.regions.find(user.regionCode()).stream().toList();
		}
		if (user.is(Role.DISTRICT_OFFICIAL) || this.regions.isDistrict(user.regionCode())) {
			return this.regions.children(user.regionCode());
		}
		List<RegionView> towns = new ArrayList<>();
		this.regions.districts().forEach((d) -> towns.addAll(this.regions.children(d.code())));
		return towns;
	}

	/** The regions the figures page offers: the caller's own and, below it, its districts or towns. */
	private List<RegionView> regionsOf(CurrentUser user) {
		List<RegionView> choices = new ArrayList<>();
		if (user.is(Role.CITY_OFFICIAL)) {
			this.regions.districts().forEach(choices::add);
			return choices;
		}
		this.regions.find(user.regionCode()).ifPresent(choices::add);
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			choices.addAll(this.regions.children(user.regionCode()));
		}
		return choices;
	}

	private static String field(String field) {
		return Arrays.asList("type", "subject", "content", "applicationId").contains(field) ? field : "content";
	}

}
