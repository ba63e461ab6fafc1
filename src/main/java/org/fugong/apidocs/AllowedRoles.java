package org.fugong.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import lombok.RequiredArgsConstructor;
import org.fugong.security.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Names, in each operation's description, the roles the security rules let in:
 * the served rules are asked for every role, so the document cannot drift from
 * {@code ApiSecurityConfiguration}. Rules of ownership (own enterprise, own region)
 * are checked further in and answer 403 or 404.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class AllowedRoles implements OpenApiCustomizer {

	static final String PUBLIC = "x-fugong-public";

	private final WebInvocationPrivilegeEvaluator rules;

	private final MessageSource messages;

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> {
			String probe = path.replaceAll("\\{[^}]+}", "1");
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
				describe(entry.getValue(), probe, entry.getKey().name());
			}
		});
	}

	private void describe(Operation operation, String uri, String method) {
		Authentication anonymous = new AnonymousAuthenticationToken("probe", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		String line;
		if (this.rules.isAllowed("", uri, method, anonymous)) {
			operation.addExtension(PUBLIC, true);
			line = "无需登录 · no sign-in needed.";
		}
		else {
			List<String> allowed = new ArrayList<>();
			for (Role role : Role.values()) {
				Authentication user = UsernamePasswordAuthenticationToken.authenticated("probe", null,
						AuthorityUtils.createAuthorityList(role.authority()));
				if (this.rules.isAllowed("", uri, method, user)) {
					allowed.add(this.messages.getMessage("role." + role.name(), null, role.name(), Locale.SIMPLIFIED_CHINESE)
							+ " (" + role.name() + ")");
				}
			}
			line = allowed.isEmpty() ? "允许的角色 · roles allowed: 无 · none."
					: "允许的角色 · roles allowed: " + String.join(", ", allowed) + ".";
		}
		String text = operation.getDescription();
		operation.setDescription((text == null || text.isBlank()) ? line : text.strip() + "\n\n" + line);
	}

}
