package org.fugong.enterprise;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApiController {

	private final EnterpriseService enterprises;

	EnterpriseApiController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@Operation(summary = "企业注册 · Register an enterprise", description = "企业以统一社会信用代码注册，同时开设企业经办人账号。")
	@PostMapping("/register")
	ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegistrationForm form) {
		EnterpriseView registered = this.enterprises.register(form);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.id())).body(registered);
	}

	@Operation(summary = "企业资料 · Enterprise profile", description = "企业看自己的资料；工作人员看辖区内企业的资料。")
	@GetMapping("/{id}")
	EnterpriseView profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.enterprises.profile(user, id);
	}

	@Operation(summary = "修改企业资料 · Update the profile", description = "企业修改自己的资料；带上所见的 version。")
	@PutMapping("/{id}")
	EnterpriseView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ProfileForm form) {
		if (user.requireEnterpriseId() != id) {
			throw new org.fugong.common.NotFoundException("enterprise");
		}
		if (form.getVersion() == null) {
			throw new BusinessRuleException("validation.version.required",
					List.of(new org.fugong.common.FieldProblem("version", "validation.version.required")));
		}
		return this.enterprises.updateOwnProfile(user, form);
	}

	@Operation(summary = "查询企业 · Search enterprises", description = "工作人员按名称、信用代码、街镇、行业查询辖区内的企业。")
	@GetMapping
	PageResponse<EnterpriseView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @Valid PageQuery page) {
		return PageResponse.of(this.enterprises.search(user, q, page.toPageable(Sort.by("name", "id"))), (e) -> e);
	}

}
