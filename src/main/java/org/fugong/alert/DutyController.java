package org.fugong.alert;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.alert.DutyEntry.DutyView;

import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The weekly alert duty roster of the caller's town or district. */
@Controller
@RequiredArgsConstructor
class DutyController {

	private final DutyRoster duty;

	@GetMapping("/alerts/duty")
	String initDutyForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new DutyForm());
		return view(user, model);
	}

	@PostMapping("/alerts/duty")
	String processDutyForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DutyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.duty.add(user, form.getWeekday(), form.getUsername(), form.getPhone());
				redirect.addFlashAttribute("message", "alert.duty.added");
				return "redirect:/alerts/duty";
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach((p) -> result.rejectValue(p.field(), p.messageKey()));
			}
			catch (ConflictException ex) {
				result.rejectValue("username", ex.messageKey());
			}
		}
		return view(user, model);
	}

	@PostMapping("/alerts/duty/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.duty.remove(user, id);
		redirect.addFlashAttribute("message", "alert.duty.removed");
		return "redirect:/alerts/duty";
	}

	private String view(CurrentUser user, Model model) {
		Map<DayOfWeek, List<DutyView>> byDay = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			byDay.put(day, new ArrayList<>());
		}
		this.duty.week(user).forEach((entry) -> byDay.get(entry.weekday()).add(entry));
		model.addAttribute("byDay", byDay);
		model.addAttribute("candidates", this.duty.candidates(user));
		model.addAttribute("weekdays", DayOfWeek.values());
		return "alerts/duty";
	}

	/** One line of the roster as entered. */
	static class DutyForm {

		private DayOfWeek weekday;

		private String username;

		private String phone;

		public DayOfWeek getWeekday() {
			return this.weekday;
		}

		public void setWeekday(DayOfWeek weekday) {
			this.weekday = weekday;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

}
