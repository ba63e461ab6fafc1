package org.fugong.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestClock;
import org.fugong.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enterprise text never runs as a formula in a downloaded CSV, and text messages
 * (phones, holder links) are gone after the retention.
 */
@IntegrationTest
class DataHygieneTests {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"点此\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@Autowired
	SmsOutbox outbox;

	@Autowired
	PersonalDataRetention retention;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void everyCellThatStartsLikeAFormulaIsWrittenAsText() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvFiles.Download csv = CsvFiles.download(out)) {
			csv.row("=1+1", "+86 138", "-2", "@SUM(A1)", "\tx", "\rx", "张三", "a=b", -3, "");
		}
		String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\uFEFF'=1+1,'+86 138,'-2,'@SUM(A1),'\tx,\"'\rx\",张三,a=b,-3,\r\n");
		assertThat(CsvFiles.unescape("'=1+1")).isEqualTo("=1+1");
		assertThat(CsvFiles.unescape("'abc")).isEqualTo("'abc");
		assertThat(new String(CsvFiles.withBom(List.of(List.of("@x"))), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF'@x\r\n");
	}

	@Test
	void anEnterpriseNamedLikeAFormulaIsTextInThePolicyReachCsv() throws Exception {
		Registrations.Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		String name = FORMULA + TestData.username("n");
		this.jdbc.update("UPDATE enterprise SET name = ?, contact_name = ? WHERE id = ?", name, "-张三", ent.id());
		long policy = this.jdbc.queryForObject("SELECT id FROM policy WHERE title LIKE ? ORDER BY id LIMIT 1",
				Long.class, "%工业企业复工复产疫情防控指引%");

		String csv = this.mvc
			.perform(get("/policies/" + policy + "/enterprises.csv")
				.with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).contains("\"'" + name.replace("\"", "\"\"") + "\"").contains(",'-张三,");
		assertThat(csv).doesNotContain("\n" + FORMULA).doesNotContain(",-张三,");
	}

	@Test
	void textMessagesAreDeletedOnceOlderThanTheRetention() {
		String old = "139" + System.nanoTime() % 100_000_000;
		String recent = "138" + System.nanoTime() % 100_000_000;
		this.transactions.executeWithoutResult((tx) -> this.outbox.enqueue(old, "通行码 /h/old", "TEST"));
		this.clock.advance(Duration.ofDays(29));
		this.retention.run();
		assertThat(phones()).contains(old);

		this.clock.advance(Duration.ofDays(2));
		this.transactions.executeWithoutResult((tx) -> this.outbox.enqueue(recent, "通行码 /h/new", "TEST"));
		this.retention.run();
		assertThat(phones()).doesNotContain(old).contains(recent);
	}

	private List<String> phones() {
		return this.jdbc.queryForList("SELECT phone FROM sms_outbox WHERE purpose = 'TEST'", String.class);
	}

}
