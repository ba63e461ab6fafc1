package org.fugong.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's lock is held by one instance at a time (the shedlock table, not a home-made lock). */
@IntegrationTest
class SchedulerLockTests {

	@Autowired
	LockProvider locks;

	@Test
	void aSecondInstanceDoesNotGetALockThatIsHeld() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "scheduler-lock-test", Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> first = this.locks.lock(job);
		assertThat(first).isPresent();
		assertThat(this.locks.lock(job)).isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = this.locks.lock(job);
		assertThat(again).isPresent();
		again.get().unlock();
	}

}
