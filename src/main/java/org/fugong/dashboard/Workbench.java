package org.fugong.dashboard;

import java.util.List;
import java.util.function.Supplier;

/**
 * An official's queues as the sidebar badges and the home page's to-do list show
 * them: for each, how many items wait and how many of those are overdue (null
 * where a queue has no deadline). Each figure comes from one query of its owner,
 * run when a page first shows them, so that a download or a redirect pays nothing.
 */
public final class Workbench {

	private final Supplier<List<Queue>> counting;

	private List<Queue> queues;

	Workbench(Supplier<List<Queue>> counting) {
		this.counting = counting;
	}

	/**
	 * One queue: the message key of its name, where it is, and its figures (how many
	 * of those waiting were escalated, 督办, where a queue escalates; else null).
	 */
	public record Queue(String key, String href, long waiting, Long overdue, Long escalated) {

		public Queue(String key, String href, long waiting, Long overdue) {
			this(key, href, waiting, overdue, null);
		}

		public boolean hasEscalated() {
			return this.escalated != null && this.escalated > 0;
		}

		public boolean hasOverdue() {
			return this.overdue != null && this.overdue > 0;
		}

	}

	public List<Queue> queues() {
		if (this.queues == null) {
			this.queues = List.copyOf(this.counting.get());
		}
		return this.queues;
	}

	/** The queue of that key, or null when the user has none such (no badge then). */
	public Queue queue(String key) {
		return queues().stream().filter((q) -> q.key().equals(key)).findFirst().orElse(null);
	}

}
