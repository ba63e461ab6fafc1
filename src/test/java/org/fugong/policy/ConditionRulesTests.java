package org.fugong.policy;

import java.util.Set;

import org.fugong.enterprise.Industry;
import org.fugong.region.RegionService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Each kind of key condition, one by one, as a specification over an enterprise's facts.
 */
class ConditionRulesTests {

	private final RegionService regions = mock(RegionService.class);

	private final EnterpriseFacts maker = new EnterpriseFacts(1, Industry.MANUFACTURING, 320, true, false, "310117",
			"310117105", Set.of());

	private boolean check(ConditionKind kind, String value, EnterpriseFacts facts) {
		return new PolicyCondition(kind, value).isSatisfiedBy(facts, this.regions);
	}

	@Test
	void industry() {
		assertThat(check(ConditionKind.INDUSTRY_IN, "MANUFACTURING,MINING", this.maker)).isTrue();
		assertThat(check(ConditionKind.INDUSTRY_IN, "IT_SOFTWARE", this.maker)).isFalse();
	}

	@Test
	void staffBounds() {
		assertThat(check(ConditionKind.STAFF_AT_LEAST, "320", this.maker)).isTrue();
		assertThat(check(ConditionKind.STAFF_AT_LEAST, "321", this.maker)).isFalse();
		assertThat(check(ConditionKind.STAFF_AT_MOST, "320", this.maker)).isTrue();
		assertThat(check(ConditionKind.STAFF_AT_MOST, "299", this.maker)).isFalse();
	}

	@Test
	void sizeByStaff() {
		assertThat(SizeClass.ofStaff(19)).isEqualTo(SizeClass.MICRO);
		assertThat(SizeClass.ofStaff(20)).isEqualTo(SizeClass.SMALL);
		assertThat(SizeClass.ofStaff(299)).isEqualTo(SizeClass.SMALL);
		assertThat(SizeClass.ofStaff(300)).isEqualTo(SizeClass.MEDIUM);
		assertThat(SizeClass.ofStaff(1000)).isEqualTo(SizeClass.LARGE);
		assertThat(check(ConditionKind.SIZE_IN, "MEDIUM,LARGE", this.maker)).isTrue();
		assertThat(check(ConditionKind.SIZE_IN, "MICRO,SMALL", this.maker)).isFalse();
	}

	@Test
	void aboveDesignatedSizeAndForeignInvestment() {
		assertThat(check(ConditionKind.ABOVE_DESIGNATED_SIZE, "true", this.maker)).isTrue();
		assertThat(check(ConditionKind.ABOVE_DESIGNATED_SIZE, "false", this.maker)).isFalse();
		assertThat(check(ConditionKind.FOREIGN_INVESTED, "false", this.maker)).isTrue();
		assertThat(check(ConditionKind.FOREIGN_INVESTED, "true", this.maker)).isFalse();
	}

	@Test
	void region() {
		given(this.regions.isWithin(any(), any())).willReturn(false);
		given(this.regions.isWithin("310117105", "310117")).willReturn(true);
		assertThat(check(ConditionKind.REGION_WITHIN, "310117", this.maker)).isTrue();
		assertThat(check(ConditionKind.REGION_WITHIN, "310120", this.maker)).isFalse();
	}

	@Test
	void whitelistLevel() {
		assertThat(check(ConditionKind.WHITELIST_LEVEL, "CITY", this.maker)).isFalse();
		EnterpriseFacts listed = new EnterpriseFacts(1, Industry.MANUFACTURING, 320, true, false, "310117",
				"310117105", Set.of("CITY"));
		assertThat(check(ConditionKind.WHITELIST_LEVEL, "CITY", listed)).isTrue();
	}

	@Test
	void valuesAreChecked() {
		assertThat(ConditionKind.INDUSTRY_IN.isValidValue("MANUFACTURING,NOPE", this.regions)).isFalse();
		assertThat(ConditionKind.STAFF_AT_LEAST.isValidValue("-1", this.regions)).isFalse();
		assertThat(ConditionKind.SIZE_IN.isValidValue("SMALL", this.regions)).isTrue();
		assertThat(ConditionKind.ABOVE_DESIGNATED_SIZE.isValidValue("yes", this.regions)).isFalse();
		assertThat(ConditionKind.WHITELIST_LEVEL.isValidValue("PROVINCE", this.regions)).isFalse();
	}

}
