package org.fugong.common;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place errors end up: API paths answer problem+json, pages render
 * {@code error/403}, {@code 404}, {@code 409} or {@code 5xx}, never a stack trace.
 */
@Controller
@RequiredArgsConstructor
class ErrorPageController implements ErrorController {

	private final Problems problems;

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = status(request);
		if (isApi(request)) {
			this.problems.write(response, problemFor(status));
			return null;
		}
		response.setStatus(status);
		String view = switch (status) {
			case 403, 404, 409 -> "error/" + status;
			default -> (status >= 500) ? "error/5xx" : "error/4xx";
		};
		return new ModelAndView(view, Map.of("status", status), HttpStatusCode.valueOf(status));
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		int status = status(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemFor(status));
	}

	private ProblemDetail problemFor(int status) {
		Locale locale = LocaleContextHolder.getLocale();
		String detailKey = switch (status) {
			case 404 -> "problem.404.detail";
			case 413 -> "problem.413.detail";
			default -> (status >= 500) ? "problem.500.detail" : null;
		};
		return this.problems.problem(status, detailKey, locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (code instanceof Integer value && value >= 400) ? value : 500;
	}

}
