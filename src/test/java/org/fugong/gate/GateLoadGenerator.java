package org.fugong.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fugong.common.CreditCodes;
import org.fugong.pass.PassService;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set of the gate load test ({@code src/bench/gate/load.sh}): in an
 * embedded database under {@code -Dgate.bench.dir} (kept for the app to start
 * on), 2,000 whitelisted enterprises in 松江区 with 50 employees each, every one
 * with a negative test and a worker pass (100,000 passes, really signed), a
 * device token for {@code guard1}, and the tokens written to {@code tokens.txt}.
 * Not a test: run by the script with {@code -Dgate.bench.dir=…}.
 */
@SpringBootTest(properties = { "fugong.embedded-postgres.enabled=true",
		"fugong.embedded-postgres.data-directory=${gate.bench.dir}/postgres",
		"fugong.files.directory=${gate.bench.dir}/files" })
@EnabledIfSystemProperty(named = "gate.bench.dir", matches = ".+")
class GateLoadGenerator {

	/** The failure drills (src/bench/drill) ask for a smaller district with -Dgate.bench.enterprises. */
	private static final int ENTERPRISES = Integer.getInteger("gate.bench.enterprises", 2_000);

	private static final int STAFF = 50;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PassService passes;

	@Autowired
	DeviceTokens devices;

	@Autowired
	UserDetailsService users;

	@Test
	void generate() throws Exception {
		Path dir = Path.of(System.getProperty("gate.bench.dir"));
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE name LIKE '压测企业%'",
				Integer.class);
		if (existing == 0) {
			long start = System.nanoTime();
			createEnterprises();
			System.out.printf("%d enterprises, %d employees and their tests in %d s%n", ENTERPRISES,
					ENTERPRISES * STAFF, (System.nanoTime() - start) / 1_000_000_000);
			start = System.nanoTime();
			List<String> owners = this.jdbc.queryForList(
					"SELECT username FROM app_user WHERE username LIKE 'bench-%' ORDER BY id", String.class);
			for (String owner : owners) {
				this.passes.issueAllEligible((CurrentUser) this.users.loadUserByUsername(owner), null, null);
			}
			System.out.printf("%d passes signed and written in %d s%n", owners.size() * STAFF,
					(System.nanoTime() - start) / 1_000_000_000);
			this.jdbc.update("DELETE FROM sms_outbox WHERE purpose = 'WORKER_PASS'");
		}
		// Tests age: a data set reused on a later day gets its negative results an hour old again.
		this.jdbc.update("UPDATE test_result SET sampled_at = ? WHERE recorded_by = 'bench'",
				Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
		List<String> tokens = this.jdbc.queryForList("""
				SELECT p.token FROM pass p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.name LIKE '压测企业%' AND p.status = 'ACTIVE' ORDER BY p.id
				""", String.class);
		assertThat(tokens).hasSizeGreaterThanOrEqualTo(ENTERPRISES * STAFF);
		Files.write(dir.resolve("tokens.txt"), tokens, StandardCharsets.US_ASCII);
		String device = this.devices.issue((CurrentUser) this.users.loadUserByUsername("guard1"), "load test");
		Files.writeString(dir.resolve("device-token.txt"), device);
		System.out.printf("%d tokens in %s%n", tokens.size(), dir.resolve("tokens.txt"));
	}

	private void createEnterprises() {
		Timestamp now = Timestamp.from(Instant.now());
		List<String> towns = this.jdbc.queryForList(
				"SELECT code FROM region WHERE parent_code = '310117' AND level = 'TOWN' ORDER BY code", String.class);
		List<Object[]> enterprises = new ArrayList<>();
		for (int i = 0; i < ENTERPRISES; i++) {
			String first17 = "91310117" + "MA" + String.format("%07d", i);
			enterprises.add(new Object[] { first17 + CreditCodes.checkCharacter(first17), "压测企业" + i,
					towns.get(i % towns.size()), now, now });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
				  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at,
				  verification)
				VALUES (?, ?, '310117', ?, '松江区压测路 1 号', 'MANUFACTURING', 50, false, false, '张三', '13800138000', ?, ?,
				  'VERIFIED')
				""", enterprises);
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, created_at)
				SELECT 'bench-' || e.id, '{noop}not-for-signing-in', e.name, 'ENTERPRISE', e.id, now()
				FROM enterprise e WHERE e.name LIKE '压测企业%'
				""");
		this.jdbc.update("""
				INSERT INTO whitelist_entry (enterprise_id, enterprise_name, credit_code, district_code, town_code, level,
				  batch, status, source, since, updated_at, created_by)
				SELECT e.id, e.name, e.credit_code, e.district_code, e.town_code, 'DISTRICT', '压测批', 'ACTIVE', 'MANUAL',
				  now(), now(), 'bench'
				FROM enterprise e WHERE e.name LIKE '压测企业%'
				""");
		this.jdbc.update("""
				INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked,
				  id_number_tail, phone, department, staff_role, on_site, created_at, updated_at)
				SELECT e.id, '员工' || n, 'bench', e.id || '-' || n, '3101**********' || lpad(n::text, 4, '0'),
				  lpad(n::text, 4, '0'), '139' || lpad((e.id * 100 + n)::text, 8, '0'), '车间' || (n % 5),
				  'PRODUCTION', true, now(), now()
				FROM enterprise e CROSS JOIN generate_series(1, ?) AS n WHERE e.name LIKE '压测企业%'
				""", STAFF);
		this.jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
				  source)
				SELECT m.enterprise_id, m.id, 'ANTIGEN', 'NEGATIVE', ?, now(), 'bench', 'IMPORT'
				FROM employee m JOIN enterprise e ON e.id = m.enterprise_id WHERE e.name LIKE '压测企业%'
				""", Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
	}

}
