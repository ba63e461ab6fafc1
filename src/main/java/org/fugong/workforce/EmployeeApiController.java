package org.fugong.workforce;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.MobilePhone;
import org.fugong.common.PageResponse;
import org.fugong.common.ResidentId;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The roster over the API; ID numbers and phones are masked in every answer. */
@RestController
@RequestMapping("/api/v1/employees")
@RequiredArgsConstructor
class EmployeeApiController {

	static final Sort BY_NAME = Sort.by("name", "id");

	private final EmployeeService employees;

	@Operation(summary = "员工花名册 · Search employees", description = "企业的员工（证件号码脱敏）。")
	@GetMapping
	PageResponse<EmployeeView> search(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute EmployeeSearchForm form) {
		return PageResponse.of(
				this.employees.search(user, form.q(), form.active(), form.paging().toPageable(BY_NAME)), (e) -> e);
	}

	@Operation(summary = "新增员工 · Add an employee", description = "登记一名员工。")
	@PostMapping
	ResponseEntity<EmployeeView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateRequest request) {
		EmployeeView employee = this.employees.create(user, request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/employees/" + employee.id())).body(employee);
	}

	@Operation(summary = "员工详情 · Show an employee", description = "一名员工。")
	@GetMapping("/{id}")
	EmployeeView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.employees.get(user, id);
	}

	@Operation(summary = "修改员工 · Update an employee", description = "修改员工信息；带上所见的 version。")
	@PutMapping("/{id}")
	EmployeeView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody UpdateRequest request) {
		return this.employees.update(user, id, request.toInput(), request.version());
	}

	@Operation(summary = "停用员工 · Deactivate", description = "员工离岗，其通行证随之失效。")
	@PostMapping("/{id}/deactivate")
	EmployeeView deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.employees.deactivate(user, id);
	}

	@Operation(summary = "恢复员工 · Reactivate", description = "员工返岗。")
	@PostMapping("/{id}/reactivate")
	EmployeeView reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.employees.reactivate(user, id);
	}

	record CreateRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max50}") String name,
			@NotBlank(message = "{validation.required}") @ResidentId String idNumber,
			@NotBlank(message = "{validation.required}") @MobilePhone String phone,
			@NotBlank(message = "{validation.required}") @Size(max = 100,
					message = "{validation.size.max100}") String department,
			@NotNull(message = "{validation.required}") Boolean onSite, StaffRole role,
			@Size(max = 100, message = "{validation.size.max100}") String dormitory) {

		EmployeeInput toInput() {
			return new EmployeeInput(this.name, this.idNumber, this.phone, this.department, this.role, this.onSite,
					this.dormitory);
		}

	}

	/** {@code idNumber} and {@code phone} may be left out to keep the stored ones (the API shows both masked). */
	record UpdateRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max50}") String name,
			@ResidentId String idNumber, @MobilePhone String phone,
			@NotBlank(message = "{validation.required}") @Size(max = 100,
					message = "{validation.size.max100}") String department,
			@NotNull(message = "{validation.required}") Boolean onSite, StaffRole role,
			@Size(max = 100, message = "{validation.size.max100}") String dormitory,
			@NotNull(message = "{validation.version.required}") Long version) {

		EmployeeInput toInput() {
			return new EmployeeInput(this.name, this.idNumber, this.phone, this.department, this.role, this.onSite,
					this.dormitory);
		}

	}

}
