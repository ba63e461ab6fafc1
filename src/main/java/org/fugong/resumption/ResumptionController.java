package org.fugong.resumption;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore.FileRejectedException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageQuery;
import org.fugong.common.web.FormPost;
import org.fugong.common.web.FormResults;
import org.fugong.enterprise.Industry;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
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
 * The application pages: the enterprise's own applications, the officials'
 * queue, one application with its timeline, materials and decision forms.
 */
@Controller
@RequiredArgsConstructor
class ResumptionController {

	private final ResumptionService applications;

	private final RegionService regions;

	private final ApplicationRecords records;

	private final ApplicationMaterials materials;

	@GetMapping("/applications")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") QueueSearchForm search,
			BindingResult result, Model model) {
		if (user.is(Role.ENTERPRISE)) {
			List<ApplicationHeader> mine = this.applications.mine(user);
			model.addAttribute("applications", mine);
			model.addAttribute("hasOpen", mine.stream().anyMatch((a) -> !a.state().isFinal()));
			return "resumption/mine";
		}
		QueueSearchForm filters = result.hasErrors() ? QueueSearchForm.empty() : search;
		model.addAttribute("search", filters);
		model.addAttribute("queue", this.applications.queue(user, filters.toFilter(),
				new PageQuery(filters.page(), 20).toPageable(false, 20, Sort.unsorted())));
		model.addAttribute("counts", this.applications.counts(user));
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("towns", townsOf(user));
		return "resumption/queue";
	}

	@GetMapping("/applications/new")
	String initCreateForm(Model model) {
		ApplicationForm form = new ApplicationForm();
		form.setDormitoryBeds(0);
		model.addAttribute("form", form);
		return "resumption/form";
	}

	@PostMapping("/applications/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, RedirectAttributes redirect) {
		checkSplit(form, result);
		if (result.hasErrors()) {
			return "resumption/form";
		}
		try {
			ApplicationHeader created = this.applications.create(user, form.toContent());
			redirect.addFlashAttribute("message", "application.created");
			return "redirect:/applications/" + created.id();
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/applications";
		}
	}

	@GetMapping("/applications/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detail(user, id, model);
	}

	@GetMapping("/applications/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ApplicationView view = this.applications.view(user, id);
		model.addAttribute("form", ApplicationForm.of(view));
		model.addAttribute("resumption", view);
		return "resumption/form";
	}

	@PostMapping("/applications/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkSplit(form, result);
		if (form.getVersion() == null) {
			result.rejectValue("version", "validation.version.required");
		}
		if (result.hasErrors()) {
			model.addAttribute("resumption", this.applications.view(user, id));
			return "resumption/form";
		}
		this.applications.update(user, id, form.toContent(), form.getVersion());
		redirect.addFlashAttribute("message", "application.saved");
		return "redirect:/applications/" + id;
	}

	@PostMapping("/applications/{id}/materials")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MaterialKind kind,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/applications/" + id)
			.refusing(FileRejectedException.class)
			.refusing(BusinessRuleException.class)
			.run("application.material.added", () -> this.materials.upload(user, id, kind, file));
	}

	@PostMapping("/applications/{id}/materials/{materialId}/delete")
	String removeMaterial(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long materialId, RedirectAttributes redirect) {
		this.materials.remove(user, id, materialId);
		redirect.addFlashAttribute("message", "application.material.removed");
		return "redirect:/applications/" + id;
	}

	@GetMapping("/applications/{id}/materials/{materialId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long materialId) {
		ApplicationMaterials.Download file = this.materials.download(user, id, materialId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.material().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.material().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/applications/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/applications/" + id)
			.refusing(BusinessRuleException.class)
			.run("application.submitted", () -> this.applications.submit(user, id));
	}

	@PostMapping("/applications/{id}/decisions")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormPost.of(result, response, () -> detail(user, id, model))
			.rejecting(InvalidInputException.class, 400,
					(ex, fields) -> ex.fields().forEach((f) -> fields.rejectValue(f.field(), f.messageKey())))
			.rejecting(FileRejectedException.class, 400, (ex, fields) -> fields.rejectValue("passed", ex.messageKey()))
			.on(OptimisticLockingFailureException.class, (ex) -> overtaken(user, id, model, response))
			.on(ConflictException.class, (ex) -> overtaken(user, id, model, response))
			.submit(() -> {
				this.applications.decide(user, id, decision.getAction(), decision.getPassed(), decision.getOpinion(),
						decision.getVersion(), photos);
				redirect.addFlashAttribute("message", "application.decided." + decision.getAction());
				return "redirect:/applications/" + id;
			});
	}

	/** Somebody acted first: the application as it is now (409). */
	private String overtaken(CurrentUser user, long id, Model model, HttpServletResponse response) {
		response.setStatus(409);
		model.addAttribute("conflict", true);
		return detail(user, id, model);
	}

	private String detail(CurrentUser user, long id, Model model) {
		ApplicationView view = this.applications.view(user, id);
		model.addAttribute("resumption", view);
		model.addAttribute("now", Instant.now());
		if (user.is(Role.ENTERPRISE) && view.header().state().isEditableByEnterprise()) {
			List<FieldProblem> missing = this.applications.missingForSubmission(user, id);
			model.addAttribute("missing", missing);
			model.addAttribute("kinds", MaterialKind.BY_ENTERPRISE);
		}
		if (!model.containsAttribute("decision")) {
			DecisionForm decision = new DecisionForm();
			decision.setVersion(view.header().version());
			model.addAttribute("decision", decision);
		}
		List<DecisionAction> actions = actionsFor(user, view.header().state());
		model.addAttribute("actions", actions);
		model.addAttribute("siteVisit", actions.contains(DecisionAction.RECORD_SITE_VISIT));
		model.addAttribute("ownApplication", user.enterpriseId() != null);
		model.addAttribute("selfCheck", this.records.selfCheck(user, id).orElse(null));
		model.addAttribute("escalation", this.records.escalation(user, id).orElse(null));
		return "resumption/detail";
	}

	private static List<DecisionAction> actionsFor(CurrentUser user, ApplicationState state) {
		return java.util.Arrays.stream(DecisionAction.values())
			.filter((a) -> a.isTakenBy(user.role(), state) && isPossible(a, state))
			.toList();
	}

	private static boolean isPossible(DecisionAction action, ApplicationState state) {
		return switch (action) {
			case ACCEPT -> state == ApplicationState.SUBMITTED;
			case RETURN -> state == ApplicationState.SUBMITTED || state == ApplicationState.ACCEPTED;
			case APPROVE_MATERIALS -> state == ApplicationState.ACCEPTED;
			case RECORD_SITE_VISIT -> state == ApplicationState.MATERIALS_APPROVED;
			case REJECT -> state == ApplicationState.ACCEPTED || state == ApplicationState.SITE_VERIFIED;
			case APPROVE -> state == ApplicationState.SITE_VERIFIED;
		};
	}

	private List<org.fugong.region.RegionView> townsOf(CurrentUser user) {
		if (user.is(Role.TOWN_OFFICER)) {
			return this.regions.find(user.regionCode()).stream().toList();
		}
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			return this.regions.children(user.regionCode());
		}
		List<org.fugong.region.RegionView> towns = new java.util.ArrayList<>();
		this.regions.districts().forEach((d) -> towns.addAll(this.regions.children(d.code())));
		return towns;
	}

	private static void checkSplit(ApplicationForm form, BindingResult result) {
		if (!form.splitAddsUp()) {
			result.rejectValue("returningStaff", "application.staff.split");
		}
	}

}
