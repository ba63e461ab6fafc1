package org.fugong.vehicle;

import org.fugong.common.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The drivers' encrypted resident ID numbers, on trips and on the district's driver list, for a data-key rotation. */
@Configuration(proxyBeanMethods = false)
class EncryptedVehicleColumns {

	@Bean
	EncryptedColumn tripDriverId() {
		return new EncryptedColumn("vehicle_trip", "driver_id_encrypted", "driver_id_hash");
	}

	@Bean
	EncryptedColumn driverId() {
		return new EncryptedColumn("vehicle_driver", "id_encrypted", "id_hash");
	}

}
