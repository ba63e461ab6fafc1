package org.fugong.gate;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.fugong.common.InvalidInputException;
import org.fugong.common.Problems;
import org.fugong.security.ApiHeaders;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code POST /api/v1/gate/verify} from a device token, answered before the
 * general filter chain and the MVC stack: at 7 a.m. this one call is most of the
 * traffic, and a scan then costs the verification and its log row, not thirty
 * request matchers, argument resolution and bean validation. It answers only the
 * plain case, with exactly what the controller would answer (through the same
 * {@link VerifyDoor}, the same JSON, the same security headers): a valid device token of a guard and
 * a JSON body. Invalid input (checked once, by {@link ScanInput} in the service)
 * and a device throttled for forged codes are answered here as the controller
 * would; anything else (no or a bad token, unreadable JSON, a guard without a
 * checkpoint, a log that fails) goes down the normal chain with the body
 * replayed, so those errors are answered by Spring Security and
 * {@link GateApiController}.
 */
class VerifyFastPath extends OncePerRequestFilter {

	static final String PATH = "/api/v1/gate/verify";

	private static final int MAX_BODY = 4096;

	private final VerifyDoor door;

	private final DeviceTokens devices;

	private final ObjectReader scans;

	private final ObjectWriter answers;

	private final LocaleResolver locales;

	private final Problems problems;

	VerifyFastPath(VerifyDoor door, DeviceTokens devices, JsonMapper json, LocaleResolver locales,
			Problems problems) {
		this.door = door;
		this.devices = devices;
		this.scans = json.readerFor(VerifyDoor.ScanRequest.class);
		this.answers = json.writerFor(ScanAnswer.class);
		this.locales = locales;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		if (uri.length() != context.length() + PATH.length() || !uri.endsWith(PATH) || !uri.startsWith(context)) {
			return true;
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/**
	 * The request's body, up to one byte more than a scan may have: read into an array of the declared
	 * length when there is one (what the page sends), without the 8 KiB chunks of an open-ended read.
	 */
	private static byte[] body(HttpServletRequest request) throws IOException {
		int length = request.getContentLength();
		if (length < 0 || length > MAX_BODY) {
			return request.getInputStream().readNBytes(MAX_BODY + 1);
		}
		byte[] body = new byte[length];
		int read = request.getInputStream().readNBytes(body, 0, length);
		return (read == length) ? body : Arrays.copyOf(body, read);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = body(request);
		HttpServletRequest replay = new Replay(request, body, request.getInputStream());
		Optional<CurrentUser> guard;
		try {
			guard = (body.length <= MAX_BODY) ? guard(request) : Optional.empty();
		}
		catch (DataAccessException ex) {
			// A token this instance does not know yet, and the database out of reach: retry shortly.
			Locale locale = this.locales.resolveLocale(request);
			ApiHeaders.write(request, response);
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			this.problems.write(response, this.problems.problem(503, "gate.notLogged", locale));
			return;
		}
		VerifyDoor.ScanRequest scan = guard.isPresent() ? scan(body) : null;
		if (scan == null) {
			chain.doFilter(replay, response);
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		try {
			ScanAnswer answer = this.door.answer(guard.get(), scan, locale, GateMetrics.FAST);
			ApiHeaders.write(request, response);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			byte[] bytes = this.answers.writeValueAsBytes(answer);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}
		catch (InvalidInputException ex) {
			ApiHeaders.write(request, response);
			this.problems.write(response,
					this.problems.withFields(this.problems.problem(400, ex.messageKey(), locale), ex.fields(), locale));
		}
		catch (ForgedScans.TooManyForgedScansException ex) {
			ApiHeaders.write(request, response);
			response.setHeader(HttpHeaders.RETRY_AFTER, ForgedScans.RETRY_AFTER_SECONDS);
			this.problems.write(response, this.problems.problem(429, "gate.forgedThrottled", locale));
		}
		catch (RuntimeException ex) {
			// Answered by the controller's error handling on the normal path (the scan id makes a retry safe).
			chain.doFilter(replay, response);
		}
	}

	/** The guard of a valid device token with a JSON body, or empty to leave the request to the normal chain. */
	private Optional<CurrentUser> guard(HttpServletRequest request) {
		if (!isJson(request.getContentType())) {
			return Optional.empty();
		}
		return this.devices.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip());
	}

	/** The scan read from the body, or null for a body that is not one (answered 400 by the normal chain). */
	private VerifyDoor.ScanRequest scan(byte[] body) {
		try {
			return this.scans.readValue(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		// What the gate page sends, without parsing; anything else is parsed as a media type.
		if (contentType.regionMatches(true, 0, "application/json", 0, 16)
				&& (contentType.length() == 16 || contentType.charAt(16) == ';')) {
			return true;
		}
		try {
			return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The request with its body read again from the bytes already taken. */
	private static final class Replay extends HttpServletRequestWrapper {

		private final byte[] body;

		private final InputStream rest;

		/** The bytes read, then whatever the client sent beyond them. */
		Replay(HttpServletRequest request, byte[] body, InputStream rest) {
			super(request);
			this.body = body;
			this.rest = rest;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(this.body), this.rest);
			return new ServletInputStream() {

				@Override
				public int read() {
					try {
						return bytes.read();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					try {
						return bytes.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

}
