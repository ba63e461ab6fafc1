package org.fugong.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident ID number rules, property style: many generated valid numbers
 * pass, and every one of them fails after any single character is changed.
 */
class IdNumbersTests {

	private static final String[] PROVINCES = { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65" };

	@Test
	void generatedNumbersAreValid() {
		for (String id : generate(2000, 1)) {
			assertThat(IdNumbers.isValid(id)).as(id).isTrue();
		}
	}

	@Test
	void everySingleCharacterCorruptionIsRefused() {
		for (String id : generate(300, 2)) {
			for (int position = 0; position < 18; position++) {
				for (char c : "0123456789X".toCharArray()) {
					if (c == id.charAt(position) || (c == 'X' && position < 17)) {
						continue;
					}
					String corrupted = id.substring(0, position) + c + id.substring(position + 1);
					assertThat(IdNumbers.isValid(corrupted)).as("%s -> %s", id, corrupted).isFalse();
				}
			}
		}
	}

	@Test
	void knownNumbersAndTheirCheckCharacter() {
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumbers.isValid("310101199003071230")).isTrue();
		assertThat(IdNumbers.isValid(IdNumbers.normalize(" 11010519491231002x "))).isTrue();
	}

	@Test
	void implausibleNumbersAreRefusedEvenWithTheRightCheckCharacter() {
		assertThat(IdNumbers.isValid(withCheck("99010119900101123"))).as("no such province").isFalse();
		assertThat(IdNumbers.isValid(withCheck("31000019900101123"))).as("no region below the province").isFalse();
		assertThat(IdNumbers.isValid(withCheck("31010119900230123"))).as("30 February").isFalse();
		assertThat(IdNumbers.isValid(withCheck("31010118991231123"))).as("born before 1900").isFalse();
		LocalDate tomorrow = TimeFormat.today().plusDays(1);
		assertThat(IdNumbers.isValid(IdNumbers.of("310101", tomorrow, 123))).as("born tomorrow").isFalse();
	}

	@Test
	void malformedInputIsRefused() {
		assertThat(IdNumbers.isValid(null)).isFalse();
		assertThat(IdNumbers.isValid("")).isFalse();
		assertThat(IdNumbers.isValid("31010119900307123")).isFalse();
		assertThat(IdNumbers.isValid("3101011990030712300")).isFalse();
		assertThat(IdNumbers.isValid("31010119900307123x")).as("lower case before normalizing").isFalse();
		assertThat(IdNumbers.isValid("3101011990030712A0")).isFalse();
	}

	@Test
	void masksKeepFourCharactersAtEachEnd() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
	}

	private static String withCheck(String first17) {
		return first17 + IdNumbers.checkCharacter(first17);
	}

	private static List<String> generate(int count, long seed) {
		Random random = new Random(seed);
		List<String> ids = new ArrayList<>();
		LocalDate start = LocalDate.of(1900, 1, 1);
		long days = TimeFormat.today().toEpochDay() - start.toEpochDay();
		for (int i = 0; i < count; i++) {
			String region = PROVINCES[random.nextInt(PROVINCES.length)] + String.format("%02d%02d", 1 + random.nextInt(90),
					1 + random.nextInt(30));
			ids.add(IdNumbers.of(region, start.plusDays((long) (random.nextDouble() * days)), random.nextInt(1000)));
		}
		return ids;
	}

}
