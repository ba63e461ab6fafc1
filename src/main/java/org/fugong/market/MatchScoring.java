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

import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
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

	/**
	 * The best {@code limit} candidates for {@code own}, ranked, with reasons in
	 * the reader's language. Scores are reckoned for every candidate; the words
	 * only for those shown.
	 */
	List<Scored> rank(MarketPost own, List<MarketQueries.Row> candidates, int limit, Locale locale) {
		List<Reckoned> reckoned = new ArrayList<>(candidates.size());
		for (MarketQueries.Row candidate : candidates) {
			reckoned.add(reckon(own, candidate));
		}
		reckoned.sort(Comparator.comparing((Reckoned r) -> r.row().keyChain() == null)
			.thenComparing(Comparator.comparingInt(Reckoned::score).reversed())
			.thenComparing((Reckoned r) -> r.row().createdAt(), Comparator.reverseOrder()));
		List<Scored> result = new ArrayList<>(Math.min(limit, reckoned.size()));
		for (Reckoned r : reckoned.subList(0, Math.min(limit, reckoned.size()))) {
			List<String> texts = new ArrayList<>(r.reasons().size());
			for (Reason reason : r.reasons()) {
				texts.add(text(reason.key(), locale, localized(reason.args(), locale)));
			}
			result.add(new Scored(r.row(), r.score(), List.copyOf(texts)));
		}
		return result;
	}

	Reckoned reckon(MarketPost own, MarketQueries.Row other) {
		int score = 0;
		List<Reason> reasons = new ArrayList<>(6);
		if (own.getDistrictCode().equals(other.districtCode())) {
			score += 25;
			reasons.add(new Reason("market.reason.sameDistrict", new Object[] { new RegionName(other.districtCode()) }));
		}
		score += quantity(own, other, reasons);
		Industry industry = industryOf(other.industry());
		MessageKey industryName = new MessageKey("industry." + other.industry());
		if (industry != null && FITTING.get(own.getCategory()).contains(industry)) {
			score += 15;
			reasons.add(new Reason("market.reason.industryFits",
					new Object[] { industryName, new MessageKey("market.category." + own.getCategory()) }));
		}
		if (other.industry().equals(own.getIndustry())) {
			score += 10;
			reasons.add(new Reason("market.reason.sameIndustry", new Object[] { industryName }));
		}
		if (other.keyChain() != null) {
			score += 20;
			reasons.add(new Reason("market.reason.keyFirm", new Object[] { other.keyChain() }));
		}
		reasons.add(new Reason("market.reason.dates",
				new Object[] { other.windowStart().toString(), other.windowEnd().toString() }));
		return new Reckoned(other, Math.min(score, 100), reasons);
	}

	/** The supply's quantity against the demand's, whichever side is one's own. */
	private int quantity(MarketPost own, MarketQueries.Row other, List<Reason> reasons) {
		if (!own.getUnit().equalsIgnoreCase(other.unit())) {
			reasons.add(new Reason("market.reason.otherUnit", new Object[] { other.unit(), own.getUnit() }));
			return 0;
		}
		BigDecimal supply = (own.getKind() == PostKind.SUPPLY) ? own.getQuantity() : other.quantity();
		BigDecimal demand = (own.getKind() == PostKind.DEMAND) ? own.getQuantity() : other.quantity();
		if (supply.compareTo(demand) >= 0) {
			reasons.add(new Reason("market.reason.quantityCovered",
					new Object[] { plain(supply), plain(demand), own.getUnit() }));
			return 30;
		}
		int percent = supply.multiply(BigDecimal.valueOf(100)).divide(demand, 0, RoundingMode.DOWN).intValue();
		reasons.add(new Reason("market.reason.quantityPart",
				new Object[] { percent, plain(supply), plain(demand), own.getUnit() }));
		return 30 * percent / 100;
	}

	private Object[] localized(Object[] args, Locale locale) {
		Object[] result = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof RegionName region) {
				result[i] = this.regions.nameOf(region.code(), locale);
			}
			else if (args[i] instanceof MessageKey key) {
				result[i] = text(key.key(), locale);
			}
			else {
				result[i] = args[i];
			}
		}
		return result;
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

	/** A candidate's score with its reasons still as message keys and arguments. */
	record Reckoned(MarketQueries.Row row, int score, List<Reason> reasons) {
	}

	record Reason(String key, Object[] args) {
	}

	private record RegionName(String code) {
	}

	private record MessageKey(String key) {
	}

}
