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

	INDUSTRY_IN {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.industry() != null && list(value).contains(facts.industry().name());
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return !list(value).isEmpty() && list(value).stream().allMatch((v) -> isEnum(Industry.class, v));
		}
	},
	STAFF_AT_LEAST {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.staffCount() >= Integer.parseInt(value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return isCount(value);
		}
	},
	STAFF_AT_MOST {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.staffCount() <= Integer.parseInt(value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return isCount(value);
		}
	},
	SIZE_IN {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return list(value).contains(facts.sizeClass().name());
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return !list(value).isEmpty() && list(value).stream().allMatch((v) -> isEnum(SizeClass.class, v));
		}
	},
	ABOVE_DESIGNATED_SIZE {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.aboveDesignatedSize() == Boolean.parseBoolean(value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return "true".equals(value) || "false".equals(value);
		}
	},
	FOREIGN_INVESTED {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.foreignInvested() == Boolean.parseBoolean(value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return "true".equals(value) || "false".equals(value);
		}
	},
	REGION_WITHIN {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return regions.isWithin(facts.townCode(), value) || regions.isWithin(facts.districtCode(), value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return regions.find(value).isPresent();
		}
	},
	WHITELIST_LEVEL {
		@Override
		boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions) {
			return facts.whitelistLevels().contains(value);
		}

		@Override
		boolean isValidValue(String value, RegionService regions) {
			return Set.of("CITY", "DISTRICT", "TOWN").contains(value);
		}
	};

	abstract boolean isSatisfiedBy(String value, EnterpriseFacts facts, RegionService regions);

	abstract boolean isValidValue(String value, RegionService regions);

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
