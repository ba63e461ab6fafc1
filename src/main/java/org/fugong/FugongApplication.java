package org.fugong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FugongApplication {

	public static void main(String[] args) {
		SpringApplication.run(FugongApplication.class, args);
	}

}
