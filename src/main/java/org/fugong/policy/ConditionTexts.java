package org.fugong.policy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.fugong.region.RegionService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of key conditions, in the reader's language: what a condition asks
 * ("员工人数不少于 100 人") and why an enterprise meets it or not ("员工 320 人").
 */
@Component
@RequiredArgsConstructor
class ConditionTexts {

	private final MessageSource messages;

	private final RegionService regions;

	String text(PolicyCondition condition, Locale locale) {
		return switch (condition.kind()) {
			case ABOVE_DESIGNATED_SIZE, FOREIGN_INVESTED ->
				msg("condition." + condition.kind() + "." + condition.value(), locale);
			default -> msg("condition." + condition.kind(), locale, valueText(condition, locale));
		};
	}

	/** The enterprise's own fact that the condition looks at, in words. */
	String fact(PolicyCondition condition, EnterpriseFacts facts, Locale locale) {
		return switch (condition.kind()) {
			case INDUSTRY_IN -> msg("fact.industry", locale, msg("industry." + facts.industry(), locale));
			case STAFF_AT_LEAST, STAFF_AT_MOST -> msg("fact.staff", locale, facts.staffCount());
			case SIZE_IN -> msg("fact.size", locale, msg("size." + facts.sizeClass(), locale), facts.staffCount());
			case ABOVE_DESIGNATED_SIZE -> msg("fact.aboveDesignatedSize." + facts.aboveDesignatedSize(), locale);
			case FOREIGN_INVESTED -> msg("fact.foreignInvested." + facts.foreignInvested(), locale);
			case REGION_WITHIN -> msg("fact.region", locale, this.regions.nameOf(facts.districtCode(), locale),
					this.regions.nameOf(facts.townCode(), locale));
			case WHITELIST_LEVEL -> facts.whitelistLevels().isEmpty() ? msg("fact.whitelist.none", locale)
					: msg("fact.whitelist", locale, facts.whitelistLevels()
						.stream()
						.map((level) -> msg("whitelist.level." + level, locale))
						.collect(Collectors.joining(separator(locale))));
		};
	}

	String valueText(PolicyCondition condition, Locale locale) {
		List<String> values = ConditionKind.list(condition.value());
		return switch (condition.kind()) {
			case INDUSTRY_IN -> values.stream().map((v) -> msg("industry." + v, locale)).collect(Collectors.joining(separator(locale)));
			case SIZE_IN -> values.stream().map((v) -> msg("size." + v, locale)).collect(Collectors.joining(separator(locale)));
			case REGION_WITHIN -> this.regions.nameOf(condition.value(), locale);
			case WHITELIST_LEVEL -> msg("whitelist.level." + condition.value(), locale);
			default -> condition.value();
		};
	}

	String appliesToAll(Locale locale) {
		return msg("policy.reason.all", locale);
	}

	private String separator(Locale locale) {
		return "en".equals(locale.getLanguage()) ? ", " : "、";
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
