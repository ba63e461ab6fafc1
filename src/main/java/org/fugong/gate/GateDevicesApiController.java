package org.fugong.gate;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A guard's phone as an enrolled device (API.md): enrol, list, revoke. */
@RestController
@RequestMapping("/api/v1/gate/devices")
@RequiredArgsConstructor
class GateDevicesApiController {

	private final GateDevices devices;

	/**
	 * Enrols this phone (or a script) for the guard's checkpoint, one shift: the
	 * token is answered once. Only a guard who signed in enrols (and renews): a
	 * device token cannot make itself another one.
	 */
	@PostMapping
	ResponseEntity<Map<String, Object>> enrol(@AuthenticationPrincipal CurrentUser guard,
			@RequestBody(required = false) DeviceRequest request, HttpServletRequest http) {
		String authorization = http.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new AccessDeniedException("A device token cannot enrol a device");
		}
		String name = (request != null) ? request.nameOrLabel() : null;
		if (name != null && name.strip().length() > 100) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("name", "validation.size.max100")));
		}
		HttpSession session = http.getSession(false);
		DeviceTokens.Enrolled enrolled = this.devices.enrol(guard, name, (session != null) ? session.getId() : null);
		return ResponseEntity.status(201)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("id", enrolled.id(), "token", enrolled.token(), "expiresAt", enrolled.expiresAt()));
	}

	@GetMapping
	List<DeviceView> list(@AuthenticationPrincipal CurrentUser user) {
		return this.devices.list(user);
	}

	@PostMapping("/{id}/revoke")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			HttpServletRequest http) {
		HttpSession session = http.getSession(false);
		this.devices.revoke(user, id, (session != null) ? session.getId() : null);
		return ResponseEntity.noContent().build();
	}

	/** {@code name} (API.md); {@code label}, its earlier spelling, is still taken. */
	record DeviceRequest(String name, String label) {

		String nameOrLabel() {
			return (this.name != null) ? this.name : this.label;
		}

	}

}
