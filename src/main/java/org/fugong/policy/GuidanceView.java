package org.fugong.policy;

import java.util.List;
import java.util.Locale;

import org.fugong.enterprise.EnterpriseView;

/**
 * A guidance document; {@code industries} empty means every industry.
 */
public record GuidanceView(long id, String code, String title, String titleEn, String summary, String body,
		List<String> industries, int minStaff) {

	public String displayTitle(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.titleEn : this.title;
	}

	/** Whether the guidance concerns an enterprise of this industry and size. */
	public boolean concerns(EnterpriseView enterprise) {
		boolean industry = this.industries.isEmpty()
				|| (enterprise.industry() != null && this.industries.contains(enterprise.industry().name()));
		return industry && enterprise.staffCount() >= this.minStaff;
	}

}
