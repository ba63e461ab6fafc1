package org.fugong.gate;

import jakarta.servlet.http.HttpSession;

import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guards' phones enrolled at the checkpoints of an official's region, under 卡口与门岗: a lost one is revoked here. */
@Controller
class GateDevicesController {

	private final GateDevices devices;

	GateDevicesController(GateDevices devices) {
		this.devices = devices;
	}

	@GetMapping("/gate/devices")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("devices", this.devices.list(user));
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
