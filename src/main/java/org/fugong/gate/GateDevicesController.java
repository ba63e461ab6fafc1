package org.fugong.gate;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guards' phones enrolled at the checkpoints of an official's region, under 卡口与门岗: a lost one is revoked here. */
@Controller
@RequiredArgsConstructor
class GateDevicesController {

	private final GateDevices devices;

	private final GateShifts shifts;

	@GetMapping("/gate/devices")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		ShiftForm form = new ShiftForm();
		String district = user.jurisdiction().districtCode();
		if (district != null) {
			form.setHours((int) this.shifts.of(district).toHours());
		}
		model.addAttribute("form", form);
		return page(user, model);
	}

	/** A district official sets how long the district's guards' phones stay enrolled. */
	@PostMapping("/gate/devices/shift")
	String setShift(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ShiftForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		this.shifts.set(user, form.getHours());
		redirect.addFlashAttribute("message", "gateadmin.shift.saved");
		return "redirect:/gate/devices";
	}

	private String page(CurrentUser user, Model model) {
		String district = user.jurisdiction().districtCode();
		model.addAttribute("devices", this.devices.list(user));
		model.addAttribute("shiftHours", (district != null) ? this.shifts.of(district).toHours() : null);
		model.addAttribute("canSetShift", user.is(Role.DISTRICT_OFFICIAL) && district != null);
		return "gateadmin/devices";
	}

	@PostMapping("/gate/devices/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpSession session,
			RedirectAttributes redirect) {
		this.devices.revoke(user, id, session.getId());
		redirect.addFlashAttribute("message", "gateadmin.devices.revoked");
		return "redirect:/gate/devices";
	}

}
