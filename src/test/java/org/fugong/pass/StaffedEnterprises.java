package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fugong.security.CurrentUser;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whitelisted enterprises with thousands of employees, for issuing passes in bulk:
 * the roster written straight into the workforce tables (the roster import has its
 * own tests and benchmark), each employee with a negative test an hour ago.
 */
final class StaffedEnterprises {

	private StaffedEnterprises() {
	}

	/** A new whitelisted enterprise in 松江区 with {@code count} active, tested employees; its owner. */
	static CurrentUser enterpriseWith(int count, MockMvc mvc, WhitelistService whitelist, UserDetailsService users,
			JdbcTemplate jdbc) throws Exception {
		Registered enterprise = Registrations.register(mvc, "310117", "310117105");
		whitelist.add((CurrentUser) users.loadUserByUsername("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT,
				"批量测试", null);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { enterprise.id(), "员工" + i, "bench", enterprise.id() + "-" + i,
					"3101**********" + String.format("%04d", i % 10_000), String.format("%04d", i % 10_000),
					"139" + String.format("%08d", i), "车间" + (i % 12), now, now });
		}
		jdbc.batchUpdate("""
				INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked,
				  id_number_tail, phone, department, staff_role, on_site, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PRODUCTION', true, ?, ?)
				""", rows);
		jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
				  source)
				SELECT enterprise_id, id, 'ANTIGEN', 'NEGATIVE', ?, now(), 'bench', 'IMPORT' FROM employee
				WHERE enterprise_id = ?
				""", Timestamp.from(Instant.now().minus(Duration.ofHours(1))), enterprise.id());
		return (CurrentUser) users.loadUserByUsername(enterprise.username());
	}

}
