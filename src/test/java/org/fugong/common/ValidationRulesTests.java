package org.fugong.common;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationRulesTests {

	@Test
	void passwordNeedsEightCharactersOfThreeKinds() {
		assertThat(StrongPassword.Validator.isStrong("Fugong@2026")).isTrue();
		assertThat(StrongPassword.Validator.isStrong("abcdEF12")).isTrue();
		assertThat(StrongPassword.Validator.isStrong("abcdefgh1")).isFalse();
		assertThat(StrongPassword.Validator.isStrong("Ab1!")).isFalse();
		assertThat(StrongPassword.Validator.isStrong("ABCDEFG1")).isFalse();
		assertThat(StrongPassword.Validator.isStrong(null)).isFalse();
	}

	@Test
	void masksPersonalData() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.idNumber("31010119900101123X")).isEqualTo("3101**********123X");
		assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
		assertThat(Masking.name("李四")).isEqualTo("李*");
	}

	@Test
	void phoneRule() {
		MobilePhone.Validator validator = new MobilePhone.Validator();
		assertThat(validator.isValid("13812345678", null)).isTrue();
		assertThat(validator.isValid("23812345678", null)).isFalse();
		assertThat(validator.isValid("1381234567", null)).isFalse();
	}

	@Test
	void apiLanguageFollowsAcceptLanguageWithChineseAsDefault() {
		assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(Languages.fromAcceptLanguage("fr-FR")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(Languages.fromAcceptLanguage(";;garbage")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
