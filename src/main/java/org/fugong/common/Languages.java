package org.fugong.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two languages of the platform: Simplified Chinese (the default) and English.
 */
public final class Languages {

	/** Headers already matched: browsers send a handful of distinct values, and a gate page sends one. */
	private static final Map<String, Locale> MATCHED = new ConcurrentHashMap<>();

	private static final int MATCHED_MAX = 512;

	private static final int HEADER_MAX = 200;

	private Languages() {
	}

	/**
	 * The supported language a request's {@code Accept-Language} prefers, Chinese
	 * if none. Parsing a language range list costs more than the rest of a gate
	 * scan's answer, so the answer to a header is remembered (a few hundred
	 * distinct headers at most; an unusually long one is parsed every time).
	 */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		if (header.length() > HEADER_MAX) {
			return match(header);
		}
		Locale known = MATCHED.get(header);
		if (known != null) {
			return known;
		}
		Locale matched = match(header);
		if (MATCHED.size() < MATCHED_MAX) {
			MATCHED.putIfAbsent(header, matched);
		}
		return matched;
	}

	private static Locale match(String header) {
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header),
					List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH));
			return (best != null && "en".equals(best.getLanguage())) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}
		catch (IllegalArgumentException ex) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

}
