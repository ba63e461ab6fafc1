package org.fugong.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fugong.enterprise.Industry;
import org.fugong.region.RegionService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How well another post fits one's own, as a score out of 100 with the reasons
 * in words: the same district (25), the quantity covered (30, in part
 * proportionally, only in the same unit), the other side's industry fitting the
 * category (15) or being one's own (10), a key supply-chain firm (20). Key firms
 * rank first, then the score, then the newest.
 */
@Component
class MatchScoring {

	private static final Map<PostCategory, Set<Industry>> FITTING = Map.of(PostCategory.RAW_MATERIAL,
			EnumSet.of(Industry.MANUFACTURING, Industry.MINING, Industry.AGRICULTURE, Industry.WHOLESALE_RETAIL),
			PostCategory.PARTS, EnumSet.of(Industry.MANUFACTURING, Industry.WHOLESALE_RETAIL), PostCategory.PROTECTIVE,
			EnumSet.of(Industry.MANUFACTURING, Industry.HEALTH_SOCIAL_WORK, Industry.WHOLESALE_RETAIL),
			PostCategory.PACKAGING, EnumSet.of(Industry.MANUFACTURING, Industry.WHOLESALE_RETAIL),
			PostCategory.LOGISTICS, EnumSet.of(Industry.TRANSPORT_LOGISTICS), PostCategory.STAFF,
			EnumSet.of(Industry.BUSINESS_SERVICES, Industry.RESIDENT_SERVICES), PostCategory.EQUIPMENT,
			EnumSet.of(Industry.MANUFACTURING, Industry.WHOLESALE_RETAIL, Industry.BUSINESS_SERVICES),
			PostCategory.OTHER, EnumSet.noneOf(Industry.class));

	private final MessageSource messages;

	private final RegionService regions;

	MatchScoring(MessageSource messages, RegionService regions) {
		this.messages = messages;
		this.regions = regions;
	}

	/** The best {@code limit} candidates for {@code own}, ranked, with reasons in the reader's language. */
	List<Scored> rank(MarketPost own, List<MarketQueries.Row> candidates, int limit, Locale locale) {
		List<Scored> scored = new ArrayList<>(candidates.size());
		for (MarketQueries.Row candidate : candidates) {
			scored.add(score(own, candidate, locale));
		}
		scored.sort(Comparator.comparing((Scored s) -> s.row().keyChain() == null)
			.thenComparing(Comparator.comparingInt(Scored::score).reversed())
			.thenComparing((Scored s) -> s.row().createdAt(), Comparator.reverseOrder()));
		return scored.subList(0, Math.min(limit, scored.size()));
	}

	Scored score(MarketPost own, MarketQueries.Row other, Locale locale) {
		int score = 0;
		List<String> reasons = new ArrayList<>();
		if (own.getDistrictCode().equals(other.districtCode())) {
			score += 25;
			reasons.add(text("market.reason.sameDistrict", locale, this.regions.nameOf(other.districtCode(), locale)));
		}
		score += quantity(own, other, reasons, locale);
		Industry industry = industryOf(other.industry());
		String industryName = text("industry." + other.industry(), locale);
		if (industry != null && FITTING.get(own.getCategory()).contains(industry)) {
			score += 15;
			reasons.add(text("market.reason.industryFits", locale, industryName,
					text("market.category." + own.getCategory(), locale)));
		}
		if (other.industry().equals(own.getIndustry())) {
			score += 10;
			reasons.add(text("market.reason.sameIndustry", locale, industryName));
		}
		if (other.keyChain() != null) {
			score += 20;
			reasons.add(text("market.reason.keyFirm", locale, other.keyChain()));
		}
		reasons.add(text("market.reason.dates", locale, other.windowStart().toString(), other.windowEnd().toString()));
		return new Scored(other, Math.min(score, 100), List.copyOf(reasons));
	}

	/** The supply's quantity against the demand's, whichever side is one's own. */
	private int quantity(MarketPost own, MarketQueries.Row other, List<String> reasons, Locale locale) {
		if (!own.getUnit().equalsIgnoreCase(other.unit())) {
			reasons.add(text("market.reason.otherUnit", locale, other.unit(), own.getUnit()));
			return 0;
		}
		BigDecimal supply = (own.getKind() == PostKind.SUPPLY) ? own.getQuantity() : other.quantity();
		BigDecimal demand = (own.getKind() == PostKind.DEMAND) ? own.getQuantity() : other.quantity();
		if (supply.compareTo(demand) >= 0) {
			reasons.add(text("market.reason.quantityCovered", locale, plain(supply), plain(demand), own.getUnit()));
			return 30;
		}
		int percent = supply.multiply(BigDecimal.valueOf(100)).divide(demand, 0, RoundingMode.DOWN).intValue();
		reasons.add(text("market.reason.quantityPart", locale, percent, plain(supply), plain(demand), own.getUnit()));
		return 30 * percent / 100;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static Industry industryOf(String name) {
		try {
			return Industry.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	record Scored(MarketQueries.Row row, int score, List<String> reasons) {
	}

}
