package org.fugong.region;

import java.util.Locale;

/**
 * One node of the region tree.
 */
public record RegionView(String code, String parentCode, String name, String nameEn, RegionLevel level,
		int sortOrder) {

	/** The name in the reader's language: Chinese unless English is asked for. */
	public String displayName(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.name;
	}

}
