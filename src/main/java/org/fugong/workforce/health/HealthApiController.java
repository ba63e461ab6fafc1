package org.fugong.workforce.health;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.HealthDeclarationView;
import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.QuarantineStatus;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Health declarations over the API: one employee's, one day at a time. */
@RestController
@RequiredArgsConstructor
class HealthApiController {

	private final HealthService health;

	@Operation(summary = "登记健康申报 · Declare an employee's health",
			description = "登记一名员工某一天的体温、症状与隔离状态；同一天再次登记即更正。体温 ≥ 37.3 °C、有症状或处于隔离时，员工通行码在卡口答复 HEALTH_DECLARATION。")
	@PostMapping("/api/v1/employees/{id}/health")
	ResponseEntity<HealthDeclarationView> declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DeclareRequest request) {
		HealthDeclarationView view = this.health.declare(user, id, request.entry(), HealthSource.API);
		return ResponseEntity.created(URI.create("/api/v1/employees/" + id + "/health")).body(view);
	}

	@Operation(summary = "员工健康申报记录 · Health declarations of an employee", description = "一名员工的健康申报，最近的日期在前。")
	@GetMapping("/api/v1/employees/{id}/health")
	PageResponse<HealthDeclarationView> ofEmployee(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute PageQuery paging) {
		return PageResponse.of(this.health.ofEmployee(user, id, paging.toPageable(Sort.unsorted())), (d) -> d);
	}

	/** The day's declaration; every field is checked by {@link HealthEntry#problems}. */
	record DeclareRequest(LocalDate date, BigDecimal temperature, List<String> symptoms,
			QuarantineStatus quarantineStatus) {

		HealthEntry entry() {
			return new HealthEntry(this.date, this.temperature, this.symptoms, this.quarantineStatus);
		}

	}

}
