package org.fugong.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the API's {@code application/problem+json} answers with titles and
 * details in the reader's language.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	public ProblemDetail problem(int status, String detailKey, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
		problem.setTitle(this.messages.getMessage("problem." + status + ".title", null,
				this.messages.getMessage("problem.default.title", null, "Error", locale), locale));
		if (detailKey != null) {
			problem.setDetail(this.messages.getMessage(detailKey, args, detailKey, locale));
		}
		return problem;
	}

	public ProblemDetail withFields(ProblemDetail problem, List<FieldProblem> fields, Locale locale) {
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream()
				.map((field) -> Map.of("field", field.field(), "message",
						this.messages.getMessage(field.messageKey(), field.args(), field.messageKey(), locale)))
				.toList());
		}
		return problem;
	}

	/**
	 * Writes a problem straight to the response, for the places that answer before
	 * Spring MVC does (the security filters, the error page).
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

	public String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
