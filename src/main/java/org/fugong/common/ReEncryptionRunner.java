package org.fugong.common;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The re-encryption command: the application started with
 * {@code --fugong.re-encrypt=true} (and the old keys in
 * {@code FUGONG_DATA_KEY_OLD}, {@code FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD}) moves
 * everything encrypted to the current keys and exits, 0 when done, 1 when it
 * could not finish (nothing is lost: run it again with the right keys). Any other
 * start passes it by (read at every start, also in an AOT-processed build).
 */
@Component
class ReEncryptionRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReEncryptionRunner.class);

	static final int BATCH_SIZE = 500;

	private final List<ReEncryptable> encrypted;

	private final ConfigurableApplicationContext context;

	private final boolean asked;

	ReEncryptionRunner(List<ReEncryptable> encrypted, ConfigurableApplicationContext context,
			@Value("${fugong.re-encrypt:false}") boolean asked) {
		this.encrypted = encrypted;
		this.context = context;
		this.asked = asked;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.asked) {
			return;
		}
		int code = 0;
		for (ReEncryptable data : this.encrypted) {
			try {
				log.info("Re-encrypting {}", data.describe());
				log.info("Re-encrypted {} rows: {}", data.reEncrypt(BATCH_SIZE), data.describe());
			}
			catch (RuntimeException ex) {
				log.error("Re-encryption stopped: {}", ex.getMessage());
				code = 1;
			}
		}
		int exit = code;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

}
