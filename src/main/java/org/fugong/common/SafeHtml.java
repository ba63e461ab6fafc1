package org.fugong.common;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text that officials paste (policy bodies, guidance): reduced to headings,
 * paragraphs, lists, emphasis, tables and plain links; no scripts, styles, event
 * handlers or frames. Sanitized when saved, so what the database holds is safe to show.
 */
public final class SafeHtml {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("hr", "br").toFactory());

	private SafeHtml() {
	}

	public static String sanitize(String html) {
		return (html == null) ? "" : POLICY.sanitize(html);
	}

	/** The text of the HTML without tags, for search and summaries. */
	public static String plainText(String html) {
		if (html == null) {
			return "";
		}
		return html.replaceAll("<[^>]*>", " ")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.trim();
	}

}
