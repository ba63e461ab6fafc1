package org.fugong.pass;

import java.util.Arrays;

import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issuing a pass to each of 10,000 employees at once (signing, ids, batch
 * inserts, the SMS outbox), three times on fresh enterprises; then rendering the
 * print page of 1,000 cards (inline SVG QR codes). Run with
 * {@code ./mvnw test -Dtest=PassIssueBenchmark -Dbenchmark=true}; it prints the
 * times (see docs/performance.md) and asserts only that the work was done.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PassIssueBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	PassService passes;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void issueTenThousandPassesAndPrintAThousandCards() throws Exception {
		int runs = 3;
		long[] nanos = new long[runs];
		for (int run = 0; run < runs; run++) {
			CurrentUser owner = enterpriseWith(10_000);
			long start = System.nanoTime();
			PassService.BulkIssue done = this.passes.issueAllEligible(owner, null, null);
			nanos[run] = System.nanoTime() - start;
			assertThat(done.issued()).isEqualTo(10_000);
		}
		System.out.printf("%nIssuing passes to 10,000 employees at once, %d runs: %s ms%n", runs,
				Arrays.toString(Arrays.stream(nanos).map((n) -> n / 1_000_000).toArray()));

		CurrentUser printer = enterpriseWith(1_000);
		this.passes.issueAllEligible(printer, null, null);
		long[] print = new long[runs];
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			String html = this.mvc.perform(get("/passes/print").with(user(printer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			print[run] = System.nanoTime() - start;
			assertThat(html.split("class=\"fg-card\"", -1)).hasSize(1_001);
		}
		System.out.printf("Print page of 1,000 pass cards (125 A4 sheets), %d runs: %s ms%n%n", runs,
				Arrays.toString(Arrays.stream(print).map((n) -> n / 1_000_000).toArray()));
	}

	/**
	 * What the readability check costs a pass: signing, the QR code encoded and read
	 * in camera mode at four-pixel modules, again for the codes that do not read;
	 * thread CPU time, so that other work on the machine does not count.
	 */
	@Test
	void readabilityCheckPerPass() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		QrCodes qr = new QrCodes();
		java.security.PrivateKey key = KeyRing.generate().getPrivate();
		int passes = 3_000;
		int warmUp = 500;
		long signing = 0;
		long checking = 0;
		int unread = 0;
		for (int i = 0; i < warmUp + passes; i++) {
			byte[] payload = PassTokens.payload(QrCodesTests.claims(i));
			long start = threads.getCurrentThreadCpuTime();
			String token = PassTokens.token(payload, PassTokens.sign(payload, key));
			long signed = threads.getCurrentThreadCpuTime();
			boolean reads = qr.readsAtFirstGlance(token);
			long checked = threads.getCurrentThreadCpuTime();
			if (i >= warmUp) {
				signing += signed - start;
				checking += checked - signed;
				unread += reads ? 0 : 1;
			}
		}
		System.out.printf("%nReadability check over %,d signatures: signing %.2f ms, check %.2f ms CPU each;"
				+ " %d not read at first glance (%.1f %%), signed again%n%n", passes, signing / 1e6 / passes,
				checking / 1e6 / passes, unread, 100.0 * unread / passes);
		assertThat(unread).isLessThan(passes / 10);
	}

	private CurrentUser enterpriseWith(int count) throws Exception {
		return StaffedEnterprises.enterpriseWith(count, this.mvc, this.whitelist, this.users, this.jdbc);
	}

}
