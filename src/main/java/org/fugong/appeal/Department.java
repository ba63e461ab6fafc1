package org.fugong.appeal;

import java.util.Locale;

/**
 * A functional department a demand can be transferred to (经信、人社、商务、税务 …):
 * reference data, the same list in every district.
 */
public record Department(String code, String nameZh, String nameEn) {

	public String displayName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
