package org.fugong.selfcheck;

import java.util.Locale;

/**
 * One item of a check template.
 */
public record CheckItem(String code, int position, CheckCategory category, String textZh, String textEn,
		boolean mandatory, AppliesWhen appliesWhen, Evidence evidence, String guidanceCode) {

	public String text(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.textEn : this.textZh;
	}

}
