package org.fugong.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} (from 0) and {@code size} (at most 100) of a list request.
 */
public record PageQuery(@Min(value = 0, message = "{validation.page.min}") Integer page,
		@Min(value = 1, message = "{validation.size.range}") @Max(value = 100,
				message = "{validation.size.range}") Integer size) {

	public static final int DEFAULT_SIZE = 20;

	/**
	 * For pages: a fixed page size, and the first page when the page number did
	 * not parse (a hand-edited URL shows the list, not an error).
	 */
	public Pageable toPageable(boolean invalid, int pageSize, Sort sort) {
		int p = (invalid || this.page == null) ? 0 : Math.max(this.page, 0);
		return PageRequest.of(p, pageSize, sort);
	}

	public Pageable toPageable(Sort sort) {
		int p = (this.page != null) ? Math.max(this.page, 0) : 0;
		int s = (this.size != null) ? Math.min(Math.max(this.size, 1), 100) : DEFAULT_SIZE;
		return PageRequest.of(p, s, sort);
	}

}
