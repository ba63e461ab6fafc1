package org.fugong.vehicle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.PageLinks;
import org.fugong.common.TimeFormat;
import org.fugong.common.web.FormPost;
import org.fugong.common.web.FormResults;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vehicle pages: the enterprise's trips, its trip form, cancelling and
 * revoking; the officials' queue with the figures per scope; one trip with the
 * decision form for the district officials of its district.
 */
@Controller
@RequiredArgsConstructor
class VehicleController {

	private static final int PAGE_SIZE = 20;

	private final VehicleService vehicles;

	private final TripDecisions decisions;

	private final TripTraces traces;

	private final VehicleSettings settings;

	@GetMapping("/vehicles")
	String mine(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") TripSearchForm form,
			BindingResult result, Model model) {
		trips(user, result.hasErrors() ? TripSearchForm.EMPTY : form, null, TripSearchForm.NEWEST_FIRST, model);
		choices(model);
		return "vehicles/mine";
	}

	@GetMapping("/vehicles/review")
	String review(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") TripSearchForm form,
			BindingResult result, Model model) {
		TripSearchForm search = result.hasErrors() ? TripSearchForm.EMPTY : form;
		trips(user, search, TripStatus.PENDING, search.order(), model);
		model.addAttribute("figures", this.vehicles.figures(user));
		choices(model);
		return "vehicles/review";
	}

	/** A page of the trips the search finds, the status a blank search stands for ({@code null}: any). */
	private void trips(CurrentUser user, TripSearchForm search, TripStatus byDefault, Sort order, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("shownStatus", search.shownStatus(byDefault));
		model.addAttribute("trips", this.vehicles.search(user, search.toQuery(byDefault),
				search.paging().toPageable(false, PAGE_SIZE, order)));
	}

	@GetMapping("/vehicles/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		TripForm form = new TripForm();
		LocalDateTime start = LocalDateTime.now(TimeFormat.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
		form.setValidFrom(start);
		form.setValidTo(start.plusDays(1));
		form.setScope(VehicleScope.DISTRICT);
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/vehicles/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TripForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return refusals(FormPost.of(result, response, () -> form(user, model)), model).submit(() -> {
			TripView trip = this.vehicles.register(user, form.toInput(), form.toRoute());
			redirect.addFlashAttribute("message", "vehicle.registered");
			return "redirect:/vehicles/" + trip.id();
		});
	}

	private String form(CurrentUser user, Model model) {
		choices(model);
		model.addAttribute("quarantinePoints", this.vehicles.quarantinePoints(user));
		return "vehicles/form";
	}

	@GetMapping("/vehicles/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return detail(user, id, model);
	}

	@PostMapping("/vehicles/{id}/decisions")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return refusals(FormPost.of(result, response, () -> detail(user, id, model)), model)
			.on(OptimisticLockingFailureException.class, (ex) -> overtaken(user, id, model, response))
			.on(ConflictException.class, (ex) -> overtaken(user, id, model, response))
			.submit(() -> {
				this.decisions.decide(user, id, decision.getAction(), decision.getOpinion(), decision.getVersion());
				redirect.addFlashAttribute("message", "vehicle.decided." + decision.getAction());
				return "redirect:/vehicles/" + id;
			});
	}

	/** What the service refuses: its field problems on the form (400), a broken rule above it (422). */
	private static FormPost refusals(FormPost post, Model model) {
		return post.rejecting(InvalidInputException.class, 400, (ex, result) -> reject(result, ex.fields()))
			.rejecting(BusinessRuleException.class, 422, (ex, result) -> model.addAttribute("error", ex.messageKey()));
	}

	/** Somebody acted first: the trip as it is now, with a fresh decision on it (409). */
	private String overtaken(CurrentUser user, long id, Model model, HttpServletResponse response) {
		response.setStatus(409);
		model.addAttribute("conflict", true);
		model.addAttribute("decision", freshDecision(this.vehicles.find(user, id)));
		return detail(user, id, model);
	}

	/** The trip of a vehicle pass (the gate's trace page links here). */
	@GetMapping("/vehicles/pass/{passId}")
	String tripOfPass(@AuthenticationPrincipal CurrentUser user, @PathVariable long passId) {
		long trip = this.traces.tripOfPass(user, passId).orElseThrow(() -> new NotFoundException("trip"));
		return "redirect:/vehicles/" + trip;
	}

	@GetMapping("/vehicles/settings")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notLeftHours", this.settings.notLeftHours(user.regionCode()));
		model.addAttribute("maxHours", VehicleSettings.MAX_HOURS);
		return "vehicles/settings";
	}

	@PostMapping("/vehicles/settings")
	String saveSettings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String notLeftHours,
			RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/vehicles/settings")
			.refusing(InvalidInputException.class, "vehicle.setting.invalid")
			.run("vehicle.setting.saved", () -> this.settings.setNotLeftHours(user, parse(notLeftHours)));
	}

	private static Integer parse(String number) {
		try {
			return (number != null) ? Integer.valueOf(number.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@PostMapping("/vehicles/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/vehicles/" + id)
			.refusing(OptimisticLockingFailureException.class, "vehicle.transition.illegal")
			.refusing(ConflictException.class, "vehicle.transition.illegal")
			.run("vehicle.cancelled", () -> this.vehicles.cancel(user, id, version));
	}

	@PostMapping("/vehicles/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("error", "vehicle.revoke.reasonRequired");
			return "redirect:/vehicles/" + id;
		}
		return FormResults.redirecting(redirect, "redirect:/vehicles/" + id)
			.refusing(ConflictException.class, "vehicle.revoke.failed")
			.refusing(BusinessRuleException.class, "vehicle.revoke.failed")
			.run("vehicle.revoked", () -> this.vehicles.revokePass(user, id, reason));
	}

	private String detail(CurrentUser user, long id, Model model) {
		TripView trip = this.vehicles.find(user, id);
		model.addAttribute("trip", trip);
		model.addAttribute("own", !user.isOfficial());
		boolean decides = this.vehicles.decides(user, trip) && trip.status() == TripStatus.PENDING;
		model.addAttribute("decides", decides);
		if (decides && !model.containsAttribute("decision")) {
			model.addAttribute("decision", freshDecision(trip));
		}
		model.addAttribute("decisions", VehicleService.Decision.values());
		model.addAttribute("now", Instant.now());
		model.addAttribute("timeline", this.traces.timeline(user, id));
		return "vehicles/detail";
	}

	private static DecisionForm freshDecision(TripView trip) {
		DecisionForm decision = new DecisionForm();
		decision.setVersion(trip.version());
		return decision;
	}

	private static void choices(Model model) {
		model.addAttribute("types", VehicleType.values());
		model.addAttribute("scopes", VehicleScope.values());
		model.addAttribute("statuses", TripStatus.values());
	}

	private static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
			}
		}
	}

}
