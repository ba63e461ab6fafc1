package org.fugong.vehicle;

import java.net.URI;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The district's driver whitelist over JSON, for its district officials. */
@RestController
@RequestMapping("/api/v1/drivers")
@RequiredArgsConstructor
class DriverApiController {

	private final DriverService drivers;

	@Operation(summary = "驾驶员名单 · Search drivers", description = "区级登记的货运驾驶员。")
	@GetMapping
	PageResponse<DriverView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @Valid @ModelAttribute PageQuery paging) {
		return PageResponse.of(this.drivers.search(user, q, paging.toPageable(DriverController.NEWEST_FIRST)),
				(d) -> d);
	}

	@Operation(summary = "登记驾驶员 · Add a driver", description = "登记一名驾驶员。")
	@PostMapping
	ResponseEntity<DriverView> add(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody DriverForm form) {
		DriverView driver = this.drivers.add(user, form.getName(), form.getIdNumber(), form.getPhone(),
				form.getNote());
		return ResponseEntity.created(URI.create("/api/v1/drivers/" + driver.id())).body(driver);
	}

	@Operation(summary = "移除驾驶员 · Remove a driver", description = "从名单中移除驾驶员。")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.drivers.remove(user, id);
		return ResponseEntity.noContent().build();
	}

}
