package org.fugong.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fugong.enterprise.Industry;
import org.fugong.region.RegionService;

/**
 * The kinds of key condition a policy is decomposed into, each a specification
 * that an enterprise's facts satisfy or not, and a check of its own value.
 */
public enum ConditionKind {

	INDUSTRY_IN((value, facts, regions) -> facts.industry() != null && list(value).contains(facts.industry().name()),
			(value, regions) -> isEnumList(Industry.class, value)),
	STAFF_AT_LEAST((value, facts, regions) -> facts.staffCount() >= Integer.parseInt(value),
			(value, regions) -> isCount(value)),
	STAFF_AT_MOST((value, facts, regions) -> facts.staffCount() <= Integer.parseInt(value),
			(value, regions) -> isCount(value)),
	SIZE_IN((value, facts, regions) -> list(value).contains(facts.sizeClass().name()),
			(value, regions) -> isEnumList(SizeClass.class, value)),
	ABOVE_DESIGNATED_SIZE((value, facts, regions) -> facts.aboveDesignatedSize() == Boolean.parseBoolean(value),
			(value, regions) -> isBoolean(value)),
	FOREIGN_INVESTED((value, facts, regions) -> facts.foreignInvested() == Boolean.parseBoolean(value),
			(value, regions) -> isBoolean(value)),
	REGION_WITHIN(
			(value, facts, regions) -> regions.isWithin(facts.townCode(), value)
					|| regions.isWithin(facts.districtCode(), value),
			(value, regions) -> regions.find(value).isPresent()),
	WHITELIST_LEVEL((value, facts, regions) -> facts.whitelistLevels().contains(value),
			(value, regions) -> Set.of("CITY", "DISTRICT", "TOWN").contains(value));

	private final Specification specification;

	private final ValueCheck check;

	ConditionKind(Specification specification, ValueCheck check) {
		this.specification = specification;
		this.check = check;
	}

	boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
		return this.specification.isSatisfiedBy(value, facts, regions);
	}

	boolean isValidValue(String value, RegionService regions) {
		return this.check.isValid(value, regions);
	}

	/** Whether an enterprise's facts meet the condition with this value. */
	@FunctionalInterface
	private interface Specification {

		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions);

	}

	/** Whether a value is one this kind of condition can have. */
	@FunctionalInterface
	private interface ValueCheck {

		boolean isValid(String value, RegionService regions);

	}

	static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((v) -> !v.isEmpty()).toList();
	}

	private static boolean isCount(String value) {
		try {
			int n = Integer.parseInt(value);
			return n >= 0 && n <= 1_000_000;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isBoolean(String value) {
		return "true".equals(value) || "false".equals(value);
	}

	private static <E extends Enum<E>> boolean isEnumList(Class<E> type, String value) {
		return !list(value).isEmpty() && list(value).stream().allMatch((v) -> isEnum(type, v));
	}

	private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
		try {
			Enum.valueOf(type, value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
