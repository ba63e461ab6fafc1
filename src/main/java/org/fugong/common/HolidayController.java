package org.fugong.common;

import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The administrator's page of public holidays and adjusted work days, which every
 * working-day deadline (appeals, applications) follows.
 */
@Controller
@RequiredArgsConstructor
class HolidayController {

	private final WorkingCalendar calendar;

	@GetMapping("/admin/holidays")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year > 1999 && year < 2101) ? year : TimeFormat.today().getYear();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new HolidayForm());
		}
		return page(shown, model);
	}

	@PostMapping("/admin/holidays")
	String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		int year = (form.getDate() != null) ? form.getDate().getYear() : TimeFormat.today().getYear();
		if (result.hasErrors()) {
			return page(year, model);
		}
		try {
			this.calendar.add(new WorkingCalendar.Holiday(form.getDate(), form.getName(), form.getKind()));
		}
		catch (ConflictException ex) {
			result.rejectValue("date", ex.messageKey());
			return page(year, model);
		}
		redirect.addFlashAttribute("message", "holiday.added");
		return "redirect:/admin/holidays?year=" + year;
	}

	@PostMapping("/admin/holidays/{date}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		this.calendar.remove(date);
		redirect.addFlashAttribute("message", "holiday.removed");
		return "redirect:/admin/holidays?year=" + date.getYear();
	}

	private String page(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("holidays", this.calendar.ofYear(year));
		model.addAttribute("kinds", WorkingCalendar.Kind.values());
		return "admin/holidays";
	}

}
