package org.fugong.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodesTests {

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "91330100799655058B" })
	void acceptsRealCodes(String code) {
		assertThat(CreditCodes.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038217", // wrong check character
			"91330100799655058b", // lower case
			"9144030019220382", // too short
			"9144030019220382160", // too long
			"91440300192203821I", // I is not in the alphabet
			"91AB0300192203821X", // division code must be digits
			"" })
	void rejectsInvalidCodes(String code) {
		assertThat(CreditCodes.isValid(code)).isFalse();
	}

	@Test
	void rejectsNull() {
		assertThat(CreditCodes.isValid(null)).isFalse();
	}

	@Test
	void checkCharacterMakesAValidCode() {
		String first17 = "91310117MA1J3L4X2";
		assertThat(CreditCodes.isValid(first17 + CreditCodes.checkCharacter(first17))).isTrue();
	}

}
