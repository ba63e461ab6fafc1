package org.fugong.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTests {

	private final FieldCipher cipher = new FieldCipher("VcqWe/QdaxVCkz4VxXMOszlxYhHa1vMhd1uY/58PzpQ=");

	@Test
	void encryptsWithAFreshNonceAndDecryptsBack() {
		String first = this.cipher.encrypt("11010519491231002X");
		String second = this.cipher.encrypt("11010519491231002X");
		assertThat(first).isNotEqualTo(second).doesNotContain("11010519491231002X");
		assertThat(this.cipher.decrypt(first)).isEqualTo("11010519491231002X");
		assertThat(this.cipher.decrypt(second)).isEqualTo("11010519491231002X");
	}

	@Test
	void readsTheStoredFormat() {
		// Written before FieldCipher used AesGcm: base64 of nonce, ciphertext and tag, no associated data.
		assertThat(this.cipher.decrypt("iKKj397PnhHfCnEFVSWW0mLadZNToKmphxph5dslmeUQCE9Jpp6tlU12Fgjrqg=="))
			.isEqualTo("11010519491231002X");
	}

	@Test
	void hashesEqualValuesEquallyAndDependOnTheKey() {
		FieldCipher other = new FieldCipher("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
		assertThat(this.cipher.hash("11010519491231002X")).hasSize(64)
			.isEqualTo(this.cipher.hash("11010519491231002X"))
			.isNotEqualTo(other.hash("11010519491231002X"));
	}

	@Test
	void refusesATamperedValueAndABadKey() {
		String sealed = this.cipher.encrypt("11010519491231002X");
		String tampered = (sealed.charAt(20) == 'A' ? 'B' : 'A') + "";
		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decrypt(sealed.substring(0, 20) + tampered + sealed.substring(21)));
		assertThatIllegalStateException().isThrownBy(() -> new FieldCipher("c2hvcnQ="));
	}

}
