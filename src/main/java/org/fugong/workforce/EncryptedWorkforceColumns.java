package org.fugong.workforce;

import org.fugong.common.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roster's encrypted resident ID numbers, for a data-key rotation. */
@Configuration(proxyBeanMethods = false)
class EncryptedWorkforceColumns {

	@Bean
	EncryptedColumn employeeIdNumber() {
		return new EncryptedColumn("employee", "id_number_cipher", "id_number_hash");
	}

}
