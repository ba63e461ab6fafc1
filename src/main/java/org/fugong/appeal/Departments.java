package org.fugong.appeal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The departments (reference data) and which department officer account belongs
 * to which of them. A department officer without a department sees nothing.
 */
@Component
@RequiredArgsConstructor
class Departments {

	private final JdbcClient jdbc;

	private final Clock clock;

	List<Department> all() {
		return this.jdbc.sql("SELECT code, name_zh, name_en FROM appeal_department ORDER BY position, code")
			.query((rs, n) -> new Department(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	Optional<Department> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT code, name_zh, name_en FROM appeal_department WHERE code = :code")
			.param("code", code)
			.query((rs, n) -> new Department(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
			.optional();
	}

	/** The department an officer's account belongs to, if an administrator set one. */
	Optional<String> of(String username) {
		return this.jdbc.sql("SELECT department_code FROM appeal_department_officer WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The usernames of a department's officers. */
	List<String> officers(String department) {
		return this.jdbc
			.sql("SELECT username FROM appeal_department_officer WHERE department_code = :code ORDER BY username")
			.param("code", department)
			.query(String.class)
			.list();
	}

	/** Officer → department, for the administrator's page. */
	List<Membership> memberships() {
		return this.jdbc.sql("""
				SELECT username, department_code, assigned_by, assigned_at FROM appeal_department_officer
				ORDER BY department_code, username""")
			.query((rs, n) -> new Membership(rs.getString("username"), rs.getString("department_code"),
					rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant()))
			.list();
	}

	void assign(String username, String department, String by) {
		this.jdbc.sql("""
				INSERT INTO appeal_department_officer (username, department_code, assigned_by, assigned_at)
				VALUES (:username, :code, :by, :at)
				ON CONFLICT (username) DO UPDATE SET department_code = EXCLUDED.department_code,
				  assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at""")
			.param("username", username)
			.param("code", department)
			.param("by", by)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	boolean remove(String username) {
		return this.jdbc.sql("DELETE FROM appeal_department_officer WHERE username = :username")
			.param("username", username)
			.update() > 0;
	}

	record Membership(String username, String department, String assignedBy, Instant assignedAt) {
	}

}
