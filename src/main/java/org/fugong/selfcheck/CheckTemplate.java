package org.fugong.selfcheck;

import java.util.List;
import java.util.Optional;

/**
 * A version of the self-check: its items in order.
 */
public record CheckTemplate(int version, List<CheckItem> items) {

	public Optional<CheckItem> item(String code) {
		return this.items.stream().filter((i) -> i.code().equals(code)).findFirst();
	}

}
