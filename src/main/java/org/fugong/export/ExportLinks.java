package org.fugong.export;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The export link of a list page, called from templates as
 * {@code @exportLinks.of('whitelist')}: the page's own filters, less paging and
 * language, on {@code /exports/{list}.xlsx}.
 */
@Component("exportLinks")
public class ExportLinks {

	public String of(String list) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.replaceQueryParam("lang")
			.build();
		String query = current.getQuery();
		return "/exports/" + list + ".xlsx" + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
