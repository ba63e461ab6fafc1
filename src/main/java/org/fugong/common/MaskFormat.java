package org.fugong.common;

import org.springframework.stereotype.Component;

/**
 * {@link Masking} for templates, as {@code @masks.phone(...)}.
 */
@Component("masks")
public class MaskFormat {

	public String phone(String phone) {
		return Masking.phone(phone);
	}

	public String idNumber(String id) {
		return Masking.idNumber(id);
	}

}
