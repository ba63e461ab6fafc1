package org.fugong.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.security.RequestThrottle.Limit;
import org.fugong.security.RequestThrottle.Verdict;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, by client address, what is tried in bulk: signing in (the form and
 * HTTP Basic, also by account), registering, fetching the public pass keys. The
 * API answers 429 problem+json with {@code Retry-After}; the sign-in and
 * registration pages say how long to wait. The client address is the remote
 * address, which Tomcat takes from {@code X-Forwarded-For} only when the peer is
 * a configured trusted proxy ({@code FUGONG_TRUSTED_PROXIES}).
 */
@RequiredArgsConstructor
class ThrottleFilter extends OncePerRequestFilter {

	private final RequestThrottle throttle;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getMethod();
		String basicUser = basicUsername(request);
		Verdict verdict = Verdict.ALLOWED;
		if ("POST".equals(method) && "/login".equals(path)) {
			verdict = this.throttle.takeSignIn(request, request.getParameter("username"));
		}
		else if (basicUser != null) {
			verdict = this.throttle.takeSignIn(request, basicUser);
		}
		if (verdict.allowed() && "POST".equals(method)
				&& ("/register".equals(path) || "/api/v1/enterprises/register".equals(path))) {
			verdict = this.throttle.take(Limit.REGISTRATION, request.getRemoteAddr());
		}
		if (verdict.allowed() && "GET".equals(method) && "/api/v1/pass-keys".equals(path)) {
			verdict = this.throttle.take(Limit.PASS_KEYS, request.getRemoteAddr());
		}
		if (!verdict.allowed()) {
			refuse(request, response, path, verdict);
			return;
		}
		chain.doFilter(request, response);
		if (basicUser != null && request.getAttribute(RequestThrottle.TAKEN) != null
				&& response.getStatus() != HttpServletResponse.SC_UNAUTHORIZED) {
			// Basic credentials that were not checked (a session already stood for the same user) cost nothing.
			this.throttle.giveBack(request);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Verdict verdict)
			throws IOException {
		if ("/login".equals(path) || "/register".equals(path)) {
			response.sendRedirect(request.getContextPath() + path + "?throttled=" + verdict.retryAfterSeconds());
			return;
		}
		this.throttle.answerTooMany(request, response, verdict);
	}

	/** The username of {@code Authorization: Basic}, or null when there is none to read. */
	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : decoded;
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
