package org.fugong.common;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address a pager links from: the current request with every filter it
 * carries, less its {@code page} parameter (see
 * {@code fragments/pagination :: pagerAt}).
 */
public final class PageLinks {

	private PageLinks() {
	}

	public static String currentWithoutPage() {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().toUriString();
	}

}
