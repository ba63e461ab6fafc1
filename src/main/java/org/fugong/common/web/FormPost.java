package org.fugong.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * The one shape of a page form's post (post-redirect-get): input the binder
 * refused shows the form again with 400 and its field-level messages, and
 * changes nothing; otherwise the one service call runs and the page
 * redirects. What the service refuses a page turns into field messages (the
 * form again, with the status it names) or into a page of its own (a
 * conflict), each said once with {@link #rejecting} or {@link #on}.
 */
public final class FormPost {

	private final BindingResult result;

	private final HttpServletResponse response;

	private final Supplier<String> form;

	private final List<Outcome<?>> outcomes = new ArrayList<>();

	private FormPost(BindingResult result, HttpServletResponse response, Supplier<String> form) {
		this.result = result;
		this.response = response;
		this.form = form;
	}

	/** A post of the form bound in {@code result}, shown again by {@code form} when refused. */
	public static FormPost of(BindingResult result, HttpServletResponse response, Supplier<String> form) {
		return new FormPost(result, response, form);
	}

	/** The service's invalid input (400) goes on the form's fields of the same names. */
	public FormPost rejectingInvalidInput() {
		return rejectingInvalidInput(UnaryOperator.identity());
	}

	/** The service's invalid input (400) goes on the form's fields, named by {@code field}. */
	public FormPost rejectingInvalidInput(UnaryOperator<String> field) {
		return rejecting(InvalidInputException.class, 400, (ex, result) -> reject(result, ex.fields(), field));
	}

	/** A refusal of this type shows the form again with {@code status}, after {@code reject} marked it. */
	public <E extends RuntimeException> FormPost rejecting(Class<E> type, int status,
			BiConsumer<? super E, BindingResult> reject) {
		return on(type, (ex) -> {
			reject.accept(ex, this.result);
			return show(status);
		});
	}

	/** A refusal of this type answers with the view {@code handler} returns. */
	public <E extends RuntimeException> FormPost on(Class<E> type, Function<? super E, String> handler) {
		this.outcomes.add(new Outcome<>(type, handler));
		return this;
	}

	/**
	 * Runs {@code action} (the service call, then the redirect it returns) when
	 * the bound form has no errors; else, or when the action is refused as said,
	 * the form again. Any other failure goes on to the error handling of the app.
	 */
	public String submit(Supplier<String> action) {
		if (this.result.hasErrors()) {
			return show(400);
		}
		try {
			return action.get();
		}
		catch (RuntimeException ex) {
			for (Outcome<?> outcome : this.outcomes) {
				if (outcome.type().isInstance(ex)) {
					return outcome.handle(ex);
				}
			}
			throw ex;
		}
	}

	/** Puts the service's field problems on the form, each under the field {@code field} names. */
	public static void reject(BindingResult result, List<FieldProblem> problems, UnaryOperator<String> field) {
		problems.forEach((p) -> result.rejectValue(field.apply(p.field()), p.messageKey(), p.args(), null));
	}

	private String show(int status) {
		this.response.setStatus(status);
		return this.form.get();
	}

	private record Outcome<E extends RuntimeException>(Class<E> type, Function<? super E, String> handler) {

		String handle(RuntimeException ex) {
			return this.handler.apply(this.type.cast(ex));
		}

	}

}
