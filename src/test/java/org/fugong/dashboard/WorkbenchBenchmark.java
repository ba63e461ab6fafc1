package org.fugong.dashboard;

import java.util.Arrays;

import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the workbench adds to every page an official opens: times the queues'
 * counts (one query per queue) for the district official, the town officer, the
 * city and the department officer on the demo district. Run with
 * {@code ./mvnw test -Dtest=WorkbenchBenchmark -Dbenchmark=true}; it prints p50,
 * p95, p99 and max per role. Not a test: it asserts no time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class WorkbenchBenchmark {

	@Autowired
	WorkbenchService workbench;

	@Autowired
	UserDetailsService users;

	@Test
	void countTheQueuesAsEveryPageDoes() {
		for (String username : new String[] { "songjiang", "xinqiao", "city", "jingxin" }) {
			CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
			for (int i = 0; i < 100; i++) {
				this.workbench.of(user).queues();
			}
			long[] nanos = new long[1000];
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				this.workbench.of(user).queues();
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("%nworkbench counts as %s (%d queues), %d runs:%n", username,
					this.workbench.of(user).queues().size(), nanos.length);
			System.out.printf("  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms%n%n", nanos[nanos.length / 2] / 1e6,
					nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
					nanos[nanos.length - 1] / 1e6);
		}
	}

}
