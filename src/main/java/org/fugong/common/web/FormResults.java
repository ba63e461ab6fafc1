package org.fugong.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one shape of a page action without a form of its own (a button on a list
 * or a detail page, perhaps with a reason beside it): the one service call
 * runs and the next page says it was done, or says why it was refused, and
 * nothing changed; the page redirects either way. Each refusal the action may
 * meet is said once with {@link #refusing} or {@link #on}; any other failure
 * goes on to the error handling of the app.
 */
public final class FormResults {

	private final RedirectAttributes redirect;

	private final String target;

	private final List<Outcome<?>> outcomes = new ArrayList<>();

	private FormResults(RedirectAttributes redirect, String target) {
		this.redirect = redirect;
		this.target = target;
	}

	/** An action whose page redirects to {@code target} ({@code redirect:/…}), done or refused. */
	public static FormResults redirecting(RedirectAttributes redirect, String target) {
		return new FormResults(redirect, target);
	}

	/** A refusal of this type shows its own message key as the next page's error line. */
	public FormResults refusing(Class<? extends RuntimeException> type) {
		return on(type, (ex, flash) -> flash.addFlashAttribute("error", messageKey(ex)));
	}

	/** A refusal of this type shows {@code error} as the next page's error line. */
	public FormResults refusing(Class<? extends RuntimeException> type, String error) {
		return on(type, (ex, flash) -> flash.addFlashAttribute("error", error));
	}

	/** A refusal of this type puts on the next page what {@code flash} adds. */
	public <E extends RuntimeException> FormResults on(Class<E> type, BiConsumer<? super E, RedirectAttributes> flash) {
		this.outcomes.add(new Outcome<>(type, flash));
		return this;
	}

	/** Runs {@code action}; done, the next page shows {@code done} as its message. */
	public String run(String done, Runnable action) {
		try {
			action.run();
			this.redirect.addFlashAttribute("message", done);
		}
		catch (RuntimeException ex) {
			refused(ex);
		}
		return this.target;
	}

	private void refused(RuntimeException ex) {
		for (Outcome<?> outcome : this.outcomes) {
			if (outcome.type().isInstance(ex)) {
				outcome.flash(ex, this.redirect);
				return;
			}
		}
		throw ex;
	}

	/** The message key a refusal of the app carries. */
	static String messageKey(RuntimeException ex) {
		if (ex instanceof BusinessRuleException rule) {
			return rule.messageKey();
		}
		if (ex instanceof ConflictException conflict) {
			return conflict.messageKey();
		}
		if (ex instanceof InvalidInputException invalid) {
			return invalid.messageKey();
		}
		if (ex instanceof FileStore.FileRejectedException rejected) {
			return rejected.messageKey();
		}
		throw new IllegalStateException("A refusal without a message key", ex);
	}

	private record Outcome<E extends RuntimeException>(Class<E> type, BiConsumer<? super E, RedirectAttributes> flash) {

		void flash(RuntimeException ex, RedirectAttributes redirect) {
			this.flash.accept(this.type.cast(ex), redirect);
		}

	}

}
