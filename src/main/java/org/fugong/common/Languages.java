package org.fugong.common;

import java.util.List;
import java.util.Locale;

/**
 * The two languages of the platform: Simplified Chinese (the default) and English.
 */
public final class Languages {

	private Languages() {
	}

	/** The supported language a request's {@code Accept-Language} prefers, Chinese if none. */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
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
