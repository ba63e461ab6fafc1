package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
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

	/** A whitelisted enterprise with {@code count} active employees, each with a negative test an hour ago. */
	private CurrentUser enterpriseWith(int count) throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "基准测试", null);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { enterprise.id(), "员工" + i, "bench", enterprise.id() + "-" + i,
					"3101**********" + String.format("%04d", i % 10_000), String.format("%04d", i % 10_000),
					"139" + String.format("%08d", i), "车间" + (i % 12), now, now });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked,
				  id_number_tail, phone, department, staff_role, on_site, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PRODUCTION', true, ?, ?)
				""", rows);
		this.jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
				  source)
				SELECT enterprise_id, id, 'ANTIGEN', 'NEGATIVE', ?, now(), 'bench', 'IMPORT' FROM employee
				WHERE enterprise_id = ?
				""", Timestamp.from(Instant.now().minus(Duration.ofHours(1))), enterprise.id());
		return (CurrentUser) this.users.loadUserByUsername(enterprise.username());
	}

}
