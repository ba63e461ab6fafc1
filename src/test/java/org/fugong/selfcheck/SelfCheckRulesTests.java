package org.fugong.selfcheck;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-check's rules one by one: when an item applies, what makes it met,
 * and when the whole check passes.
 */
class SelfCheckRulesTests {

	private static final SiteFacts SMALL_SITE = new SiteFacts(99, false, false, false, false);

	private static final SiteFacts BIG_SITE = new SiteFacts(100, true, true, true, true);

	@Test
	void applicability() {
		assertThat(AppliesWhen.ALWAYS.isSatisfiedBy(SMALL_SITE)).isTrue();
		assertThat(AppliesWhen.STAFF_ON_SITE_100.isSatisfiedBy(SMALL_SITE)).isFalse();
		assertThat(AppliesWhen.STAFF_ON_SITE_100.isSatisfiedBy(BIG_SITE)).isTrue();
		assertThat(AppliesWhen.HAS_DORMITORY.isSatisfiedBy(SMALL_SITE)).isFalse();
		assertThat(AppliesWhen.HAS_DORMITORY.isSatisfiedBy(BIG_SITE)).isTrue();
		assertThat(AppliesWhen.HAS_CANTEEN.isSatisfiedBy(BIG_SITE)).isTrue();
		assertThat(AppliesWhen.IMPORTED_GOODS.isSatisfiedBy(SMALL_SITE)).isFalse();
		assertThat(AppliesWhen.HAS_VEHICLES.isSatisfiedBy(BIG_SITE)).isTrue();
	}

	@Test
	void anItemIsMetByYesWithTheEvidenceItAsksFor() {
		CheckItem plain = item("A", Evidence.NONE, true);
		CheckItem note = item("B", Evidence.NOTE, true);
		CheckItem file = item("C", Evidence.FILE, true);
		assertThat(new Answer(plain, true, true, null, null).isMet()).isTrue();
		assertThat(new Answer(plain, true, false, null, null).isMet()).isFalse();
		assertThat(new Answer(plain, true, null, null, null).shortfall()).isEqualTo("UNANSWERED");
		assertThat(new Answer(note, true, true, " ", null).isMet()).isFalse();
		assertThat(new Answer(note, true, true, " ", null).shortfall()).isEqualTo("NOTE_MISSING");
		assertThat(new Answer(note, true, true, "张三负责", null).isMet()).isTrue();
		assertThat(new Answer(file, true, true, null, null).shortfall()).isEqualTo("FILE_MISSING");
		assertThat(new Answer(file, true, true, null, new Answer.EvidenceFile("k", "plan.pdf", "0".repeat(64))).isMet())
			.isTrue();
		assertThat(new Answer(file, false, null, null, null).isMet()).as("not applicable").isTrue();
	}

	@Test
	void passesWhenEveryApplicableMandatoryItemIsMet() {
		CheckItem mandatory = item("M", Evidence.NONE, true);
		CheckItem advisory = item("A", Evidence.NONE, false);
		CheckItem dormitory = new CheckItem("D", 3, CheckCategory.STAFF_HEALTH, "宿舍", "Dormitory", true,
				AppliesWhen.HAS_DORMITORY, Evidence.NONE, null);
		CheckTemplate template = new CheckTemplate(1, List.of(mandatory, advisory, dormitory));

		SelfCheck passing = new SelfCheck(1, 1, "u");
		passing.record(template, SMALL_SITE, List.of(new Answer(mandatory, true, true, null, null),
				new Answer(advisory, true, false, null, null), new Answer(dormitory, false, null, null, null)), "u");
		passing.submit();
		assertThat(passing.toResult().passed()).isTrue();
		assertThat(passing.toResult().advice()).extracting((i) -> i.item().code()).containsExactly("A");

		SelfCheck failing = new SelfCheck(1, 1, "u");
		failing.record(template, BIG_SITE, List.of(new Answer(mandatory, true, true, null, null),
				new Answer(advisory, true, true, null, null), new Answer(dormitory, true, false, null, null)), "u");
		failing.submit();
		assertThat(failing.toResult().passed()).isFalse();
		assertThat(failing.toResult().failed()).extracting((i) -> i.item().code()).containsExactly("D");
	}

	@Test
	void aSubmittedCheckCannotChange() {
		SelfCheck check = new SelfCheck(1, 1, "u");
		check.record(new CheckTemplate(1, List.of()), SMALL_SITE, List.of(), "u");
		check.submit();
		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(check::submit);
	}

	private static CheckItem item(String code, Evidence evidence, boolean mandatory) {
		return new CheckItem(code, 1, CheckCategory.SYSTEM_PREP, "项目", "Item", mandatory, AppliesWhen.ALWAYS, evidence,
				null);
	}

}
