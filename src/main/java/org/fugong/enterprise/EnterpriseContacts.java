package org.fugong.enterprise;

import java.util.Collection;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to call at an enterprise, for officials' lists of enterprises another
 * module has picked (those that have not filed the day's report): of the ids
 * given, those whose district and town lie in a scope the caller has checked,
 * in the order of their towns, then by name. The phone is given whole; the
 * caller masks it for display.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseContacts {

	private static final String FROM = """
			FROM enterprise e
			JOIN region t ON t.code = e.town_code
			WHERE e.id = ANY (?)""";

	private final JdbcTemplate jdbc;

	public record Contact(long id, String name, String creditCode, String townCode, String town, String contactName,
			String contactPhone) {
	}

	/** Of the enterprises given, the ids of those in the scope. */
	@Transactional(readOnly = true)
	public List<Long> within(Jurisdiction scope, Collection<Long> enterprises) {
		return this.jdbc.queryForList("SELECT e.id " + FROM + scope.where("e"), Long.class,
				scope.after((Object) enterprises.toArray(Long[]::new)));
	}

	/** A page of the contacts of those in the scope, by town order, name and id. */
	@Transactional(readOnly = true)
	public List<Contact> page(Jurisdiction scope, Collection<Long> enterprises, long offset, int size) {
		Object[] args = scope.after((Object) enterprises.toArray(Long[]::new));
		Object[] paged = java.util.Arrays.copyOf(args, args.length + 2);
		paged[args.length] = size;
		paged[args.length + 1] = offset;
		return this.jdbc.query("""
				SELECT e.id, e.name, e.credit_code, e.town_code, t.name AS town, e.contact_name, e.contact_phone
				""" + FROM + scope.where("e") + " ORDER BY t.sort_order, e.name, e.id LIMIT ? OFFSET ?",
				(rs, n) -> new Contact(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
						rs.getString("town_code"), rs.getString("town"), rs.getString("contact_name"),
						rs.getString("contact_phone")),
				paged);
	}

}
