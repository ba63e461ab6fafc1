package org.fugong.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer fgd_…} (a
 * guard's device token) for this request only: nothing is stored in a session.
 * A bearer token that is not a valid device token is answered 401 at once, and
 * 429 once an address has sent too many of them.
 */
@RequiredArgsConstructor
class DeviceTokenFilter extends OncePerRequestFilter {

	private final DeviceTokens tokens;

	private final AuthenticationEntryPoint unauthorized;

	private final RequestThrottle throttle;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentUser> user = this.tokens.authenticate(header.substring(7).strip());
		if (user.isEmpty()) {
			RequestThrottle.Verdict verdict = this.throttle.take(RequestThrottle.Limit.BAD_TOKEN, request.getRemoteAddr());
			if (!verdict.allowed()) {
				this.throttle.answerTooMany(request, response, verdict);
				return;
			}
			this.unauthorized.commence(request, response, new BadCredentialsException("Unknown device token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
