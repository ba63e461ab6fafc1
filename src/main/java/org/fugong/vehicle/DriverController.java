package org.fugong.vehicle;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.NotFoundException;
import org.fugong.common.PageLinks;
import org.fugong.common.PageQuery;
import org.fugong.common.web.FormPost;
import org.fugong.common.web.FormResults;
import org.fugong.security.CurrentUser;

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

/** The district's driver whitelist page: the list, adding a driver, removing one. */
@Controller
@RequiredArgsConstructor
class DriverController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final DriverService drivers;

	@GetMapping("/vehicles/drivers")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("form", new DriverForm());
		return view(user, q, page, model);
	}

	@PostMapping("/vehicles/drivers")
	String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DriverForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormPost.of(result, response, () -> view(user, null, 0, model))
			.rejectingInvalidInput()
			.rejecting(ConflictException.class, 409,
					(ex, errors) -> errors.rejectValue("idNumber", "vehicle.driver.duplicate"))
			.submit(() -> {
				DriverView driver = this.drivers.add(user, form.getName(), form.getIdNumber(), form.getPhone(),
						form.getNote());
				redirect.addFlashAttribute("message", "vehicle.driver.added");
				redirect.addFlashAttribute("messageArg", driver.name());
				return "redirect:/vehicles/drivers";
			});
	}

	@PostMapping("/vehicles/drivers/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return FormResults.redirecting(redirect, "redirect:/vehicles/drivers")
			.refusing(NotFoundException.class, "vehicle.driver.notFound")
			.run("vehicle.driver.removed", () -> this.drivers.remove(user, id));
	}

	private String view(CurrentUser user, String q, Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("pageUrl", PageLinks.currentWithoutPage());
		model.addAttribute("drivers",
				this.drivers.search(user, q, new PageQuery(page, 50).toPageable(false, 50, NEWEST_FIRST)));
		return "vehicles/drivers";
	}

}
