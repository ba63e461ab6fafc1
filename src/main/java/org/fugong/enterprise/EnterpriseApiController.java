package org.fugong.enterprise;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

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

	@PostMapping("/register")
	ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegistrationForm form) {
		EnterpriseView registered = this.enterprises.register(form);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.id())).body(registered);
	}

	@GetMapping("/{id}")
	EnterpriseView profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.enterprises.profile(user, id);
	}

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

	@GetMapping
	PageResponse<EnterpriseView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @Valid PageQuery page) {
		return PageResponse.of(this.enterprises.search(user, q, page.toPageable(Sort.by("name", "id"))), (e) -> e);
	}

}
