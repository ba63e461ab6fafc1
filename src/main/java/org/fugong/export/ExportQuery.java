package org.fugong.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows of an export: either SQL, streamed through a read-only cursor
 * ({@code SELECT select FROM+WHERE from ORDER BY orderBy}, counted as
 * {@code SELECT count(*) FROM+WHERE from}), or a few rows computed in memory.
 */
public record ExportQuery(String select, String from, String orderBy, List<Object> args, RowReader reader,
		List<Object[]> rows) {

	/** Reads one row's cells, in the order of the source's columns. */
	@FunctionalInterface
	public interface RowReader {

		Object[] read(ResultSet rs) throws SQLException;

	}

	public static ExportQuery sql(String select, String from, String orderBy, List<Object> args, RowReader reader) {
		return new ExportQuery(select, from, orderBy, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)),
				reader, null);
	}

	public static ExportQuery rows(List<Object[]> rows) {
		return new ExportQuery(null, null, null, List.of(), null, List.copyOf(rows));
	}

	boolean inMemory() {
		return this.rows != null;
	}

}
