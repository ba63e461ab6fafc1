package org.fugong.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApiController {

	@Operation(summary = "当前用户 · Who am I", description = "当前账号、角色与所属企业或区域。")
	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.getUsername(), user.displayName(), List.of(user.role().name()), user.enterpriseId(),
				user.regionCode());
	}

	record Me(String username, String displayName, List<String> roles, Long enterpriseId, String regionCode) {
	}

}
