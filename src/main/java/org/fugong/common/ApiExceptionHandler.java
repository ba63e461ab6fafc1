package org.fugong.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API controller into {@code application/problem+json}
 * in the reader's language; a 400 lists the fields at fault. Nothing internal
 * (stack traces, SQL) ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	private final MessageSource messages;

	ApiExceptionHandler(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return answer(this.problems.problem(404, "problem.404.detail", locale()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		Locale locale = locale();
		return answer(this.problems.withFields(this.problems.problem(409, ex.messageKey(), locale), ex.fields(), locale));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex) {
		Locale locale = locale();
		return answer(this.problems.withFields(this.problems.problem(422, ex.messageKey(), locale), ex.fields(), locale));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		Locale locale = locale();
		return answer(this.problems.withFields(this.problems.problem(400, ex.messageKey(), locale), ex.fields(), locale));
	}

	@ExceptionHandler(FileStore.FileRejectedException.class)
	ResponseEntity<ProblemDetail> fileRejected(FileStore.FileRejectedException ex) {
		Locale locale = locale();
		return answer(this.problems.withFields(this.problems.problem(ex.status(), ex.messageKey(), locale),
				List.of(new FieldProblem("file", ex.messageKey())), locale));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException ex) {
		return answer(this.problems.problem(409, "problem.409.stale", locale()));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		// Spring Security's handlers answer these with the API's 401 and 403.
		throw ex;
	}

	/**
	 * The database is out of reach (restarting, failing over): nothing was changed, and the
	 * caller may try again in a moment rather than being told the server broke.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable during an API call: {}", ex.getMessage());
		return ResponseEntity.status(503)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(this.problems.problem(503, "problem.503.detail", locale()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in an API call", ex);
		return answer(this.problems.problem(500, "problem.500.detail", locale()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(ex);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale();
		List<FieldProblem> fields = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> fields.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale)))));
		return ResponseEntity.badRequest()
			.body(this.problems.withFields(this.problems.problem(400, "problem.400.invalid", locale), fields, locale));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale();
		FieldProblem field = UnreadableField.of(ex);
		if (field == null) {
			return ResponseEntity.badRequest().body(this.problems.problem(400, "problem.400.unreadable", locale));
		}
		return ResponseEntity.badRequest()
			.body(this.problems.withFields(this.problems.problem(400, "problem.400.unreadableField", locale),
					List.of(field), locale));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(413).body(this.problems.problem(413, "problem.413.detail", locale()));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Framework errors (405, 415, missing parameters...): a localized title, no internals.
		ProblemDetail problem = this.problems.problem(statusCode.value(), null, locale());
		if (body instanceof ProblemDetail original && original.getDetail() != null && statusCode.is4xxClientError()) {
			problem.setDetail(original.getDetail());
		}
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private ResponseEntity<Object> invalid(BindException ex) {
		Locale locale = locale();
		List<FieldProblem> fields = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String message = (error.isBindingFailure())
					? this.messages.getMessage("validation.typeMismatch", null, locale)
					: this.messages.getMessage(error, locale);
			fields.add(new FieldProblem(error.getField(), message));
		}
		ex.getGlobalErrors()
			.forEach((error) -> fields.add(new FieldProblem(error.getObjectName(), this.messages.getMessage(error, locale))));
		ProblemDetail problem = this.problems.withFields(this.problems.problem(400, "problem.400.invalid", locale),
				fields, locale);
		return ResponseEntity.badRequest().body(problem);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
