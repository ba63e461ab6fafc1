package org.fugong.dashboard;

import java.util.List;

/**
 * An official's queues as the sidebar badges and the home page's to-do list show
 * them: for each, how many items wait and how many of those are overdue (null
 * where a queue has no deadline). Each figure comes from one query of its owner.
 */
public record Workbench(List<Queue> queues) {

	/** One queue: the message key of its name, where it is, and its two figures. */
	public record Queue(String key, String href, long waiting, Long overdue) {

		public boolean hasOverdue() {
			return this.overdue != null && this.overdue > 0;
		}

	}

	/** The queue of that key, or null when the user has none such (no badge then). */
	public Queue queue(String key) {
		return this.queues.stream().filter((q) -> q.key().equals(key)).findFirst().orElse(null);
	}

}
