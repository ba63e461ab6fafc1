package org.fugong.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

/**
 * An {@link ExportSource} whose name, title, columns and audience are fixed when
 * it is made; a module's export says only which rows.
 */
public abstract class ListExport implements ExportSource {

	/** Who may export a list at all; the query then scopes the rows to the caller. */
	public enum Audience {

		/** Officials only, each of their jurisdiction. */
		OFFICIALS,

		/** Officials of their jurisdiction, and enterprise staff of their own enterprise. */
		OFFICIALS_AND_ENTERPRISES

	}

	private final String list;

	private final String titleKey;

	private final Audience audience;

	private final List<ExportColumn> columns;

	protected ListExport(String list, String titleKey, Audience audience, List<ExportColumn> columns) {
		this.list = list;
		this.titleKey = titleKey;
		this.audience = audience;
		this.columns = List.copyOf(columns);
	}

	@Override
	public String list() {
		return this.list;
	}

	@Override
	public String titleKey() {
		return this.titleKey;
	}

	@Override
	public List<ExportColumn> columns() {
		return this.columns;
	}

	@Override
	public boolean allows(CurrentUser user) {
		return user.isOfficial() || (this.audience == Audience.OFFICIALS_AND_ENTERPRISES && user.is(Role.ENTERPRISE));
	}

	/** A nullable timestamp column as the instant a cell shows. */
	protected static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
