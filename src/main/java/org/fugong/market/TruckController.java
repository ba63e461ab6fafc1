package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.web.FormResults;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.pass.VehicleScope;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.vehicle.VehicleType;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The shared-truck pages: the pool search (enterprises and officials), the
 * booking form, the carrier's truck form, "my trucks and bookings", one booking
 * with the carrier's and the booker's answers, and the officials' view of their
 * region's pool with its use per day.
 */
@Controller
@RequiredArgsConstructor
class TruckController {

	private final TruckPoolService pool;

	private final TruckBookingService bookings;

	private final TruckUse use;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	@GetMapping("/trucks")
	String search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String region, @RequestParam(required = false) BigDecimal minTons,
			@RequestParam(required = false) Boolean coldChain, Model model, HttpServletResponse response) {
		LocalDate day = (date != null) ? date : this.pool.today().plusDays(1);
		model.addAttribute("date", day);
		model.addAttribute("region", region);
		model.addAttribute("minTons", minTons);
		model.addAttribute("coldChain", coldChain);
		model.addAttribute("towns", townsOf(user));
		try {
			model.addAttribute("offers", this.pool.availability(user, day, region, minTons, coldChain));
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("offers", List.of());
			model.addAttribute("error", ex.fields().get(0).messageKey());
			model.addAttribute("errorArg", TruckPoolService.BOOKABLE_DAYS);
		}
		return "market/trucks/pool";
	}

	@GetMapping("/trucks/book")
	String initBookingForm(@AuthenticationPrincipal CurrentUser user, @RequestParam long truckId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		TruckBookingForm form = new TruckBookingForm();
		form.setTruckId(truckId);
		form.setDate(date);
		form.setScope(VehicleScope.CITY);
		model.addAttribute("form", form);
		return bookingForm(user, truckId, model);
	}

	@PostMapping("/trucks/book")
	String processBookingForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") TruckBookingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long id = attempt(() -> this.bookings.book(user, form.toInput()).id(), result, model, response);
		if (id != null) {
			redirect.addFlashAttribute("message", "market.truck.booked");
			return "redirect:/trucks/bookings/" + id;
		}
		return bookingForm(user, (form.getTruckId() != null) ? form.getTruckId() : -1, model);
	}

	/**
	 * One write of a form: its id, or null when a rule is broken; then the fields
	 * at fault carry their messages (or the page the rule's), the answer its
	 * status, and nothing changed.
	 */
	private static Long attempt(Supplier<Long> step, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return null;
		}
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach((f) -> result.rejectValue(f.field(), f.messageKey(), f.args(), null));
			response.setStatus(400);
		}
		catch (ConflictException ex) {
			ex.fields().forEach((f) -> result.rejectValue(f.field(), f.messageKey(), f.args(), null));
			if (ex.fields().isEmpty()) {
				model.addAttribute("error", ex.messageKey());
			}
			response.setStatus(409);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(422);
		}
		return null;
	}

	private String bookingForm(CurrentUser user, long truckId, Model model) {
		model.addAttribute("offer", this.pool.offer(truckId).orElse(null));
		model.addAttribute("scopes", VehicleScope.values());
		return "market/trucks/book";
	}

	@GetMapping("/trucks/new")
	String initTruckForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		TruckForm form = new TruckForm();
		form.setVehicleType(VehicleType.TRUCK);
		form.setAvailableFrom(this.pool.today());
		this.enterprises.find(user.requireEnterpriseId()).map(EnterpriseView::townCode).ifPresent(form::setBaseTownCode);
		model.addAttribute("form", form);
		return truckForm(user, model);
	}

	@PostMapping("/trucks/new")
	String processTruckForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TruckForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = attempt(() -> this.pool.register(user, form.toInput()).id(), result, model, response);
		if (id != null) {
			redirect.addFlashAttribute("message", "market.truck.registered");
			return "redirect:/trucks/mine";
		}
		return truckForm(user, model);
	}

	private String truckForm(CurrentUser user, Model model) {
		model.addAttribute("types", VehicleType.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("towns", townsOf(user));
		model.addAttribute("drivers", this.pool.driverChoices(user));
		return "market/trucks/form";
	}

	@GetMapping("/trucks/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("trucks", this.pool.mine(user));
		model.addAttribute("bookings", this.bookings.list(user));
		model.addAttribute("use", this.use.perDay(user, null, null));
		return "market/trucks/mine";
	}

	@PostMapping("/trucks/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/trucks/mine")
			.refusing(ConflictException.class)
			.run("market.truck.withdrawn.done", () -> this.pool.withdraw(user, id));
	}

	@GetMapping("/trucks/bookings/{id}")
	String booking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		TruckBookingView booking = this.bookings.find(user, id);
		model.addAttribute("booking", booking);
		// The trip is the carrier's: its page opens for the carrier and the officials, the booker sees its status.
		model.addAttribute("tripLink", user.isOfficial() || Long.valueOf(booking.carrierEnterpriseId()).equals(user.enterpriseId()));
		if (booking.canAnswer()) {
			model.addAttribute("drivers", this.pool.driverChoices(user));
			model.addAttribute("usualDriver", this.pool.driverOf(booking.truckId()));
		}
		return "market/trucks/booking";
	}

	@PostMapping("/trucks/bookings/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("answer") TruckAnswerForm form, BindingResult result, RedirectAttributes redirect) {
		return answer(id, redirect, "market.truck.confirmed",
				() -> this.bookings.confirm(user, id, form.getDriverId()));
	}

	@PostMapping("/trucks/bookings/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("answer") TruckAnswerForm form, BindingResult result, RedirectAttributes redirect) {
		return answer(id, result, redirect, "market.truck.declined",
				() -> this.bookings.decline(user, id, form.getReason()));
	}

	@PostMapping("/trucks/bookings/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("answer") TruckAnswerForm form, BindingResult result, RedirectAttributes redirect) {
		return answer(id, result, redirect, "market.truck.cancelled",
				() -> this.bookings.cancel(user, id, form.getReason()));
	}

	/** An answer with a reason: a reason too long is said on the booking's page, and nothing changed. */
	private String answer(long id, BindingResult result, RedirectAttributes redirect, String done, Runnable step) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "market.truck.reason.tooLong");
			return "redirect:/trucks/bookings/" + id;
		}
		return answer(id, redirect, done, step);
	}

	/** One answer to a booking; a rule it breaks is said on the booking's page, and nothing changed. */
	private String answer(long id, RedirectAttributes redirect, String done, Runnable step) {
		return FormResults.redirecting(redirect, "redirect:/trucks/bookings/" + id)
			.on(InvalidInputException.class,
					(ex, flash) -> flash.addFlashAttribute("error", ex.fields().get(0).messageKey()))
			.refusing(ConflictException.class)
			.refusing(BusinessRuleException.class)
			.run(done, step);
	}

	@GetMapping("/trucks/oversight")
	String oversight(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("use", this.use.perDay(user, null, null));
		model.addAttribute("bookings", this.bookings.list(user));
		return "market/trucks/oversight";
	}

	private List<org.fugong.region.RegionView> townsOf(CurrentUser user) {
		String district = user.isOfficial() ? user.jurisdiction().districtCode()
				: this.enterprises.find(user.requireEnterpriseId()).map(EnterpriseView::districtCode).orElse(null);
		if (district == null && user.isOfficial() && user.jurisdiction().townCode() != null) {
			district = this.regions.districtOf(user.jurisdiction().townCode()).orElse(null);
		}
		return (district != null) ? this.regions.children(district) : List.of();
	}

}
