package org.fugong.common;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns text into search tokens for PostgreSQL's {@code simple} text search:
 * Latin words and numbers as they are (lower case), Chinese as single characters
 * and overlapping pairs (bigrams), the way search engines index CJK text without
 * a dictionary. A query for 复工 then finds 复工复产: both contain the bigram 复工.
 */
public final class SearchTokens {

	private SearchTokens() {
	}

	/** The tokens of a document, space-separated, for {@code to_tsvector('simple', …)}. */
	public static String ofDocument(String text) {
		Set<String> tokens = new LinkedHashSet<>();
		scan(text, tokens, true);
		return String.join(" ", tokens);
	}

	/**
	 * The query for {@code to_tsquery('simple', …)}: every bigram (or the single
	 * character) of each Chinese run and every word must occur; the last word may
	 * be a prefix. Null when the text holds nothing searchable.
	 */
	public static String toQuery(String text) {
		if (text == null) {
			return null;
		}
		Set<String> tokens = new LinkedHashSet<>();
		scan(text, tokens, false);
		if (tokens.isEmpty()) {
			return null;
		}
		StringJoiner query = new StringJoiner(" & ");
		for (String token : tokens) {
			boolean latin = token.chars().allMatch((c) -> c < 128);
			query.add(latin ? token + ":*" : token);
		}
		return query.toString();
	}

	private static void scan(String text, Set<String> tokens, boolean document) {
		if (text == null) {
			return;
		}
		int i = 0;
		int n = text.length();
		while (i < n) {
			int cp = text.codePointAt(i);
			if (isCjk(cp)) {
				int start = i;
				while (i < n && isCjk(text.codePointAt(i))) {
					i += Character.charCount(text.codePointAt(i));
				}
				addCjkRun(text.substring(start, i), tokens, document);
			}
			else if (Character.isLetterOrDigit(cp)) {
				int start = i;
				while (i < n && Character.isLetterOrDigit(text.codePointAt(i)) && !isCjk(text.codePointAt(i))) {
					i += Character.charCount(text.codePointAt(i));
				}
				tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
			}
			else {
				i += Character.charCount(cp);
			}
		}
	}

	private static void addCjkRun(String run, Set<String> tokens, boolean document) {
		int[] cps = run.codePoints().toArray();
		if (document || cps.length == 1) {
			for (int cp : cps) {
				tokens.add(new String(Character.toChars(cp)));
			}
		}
		for (int k = 0; k + 1 < cps.length; k++) {
			tokens.add(new String(cps, k, 2));
		}
	}

	private static boolean isCjk(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
