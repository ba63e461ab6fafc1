package org.fugong.export;

import java.util.List;

import org.fugong.security.CurrentUser;

/**
 * One exportable list ({@code GET /api/v1/exports/{list}.xlsx}). A module exposes
 * its list by declaring a bean: the columns, who may export it, and the query
 * for the caller with the list's own filters. The query must be scoped to the
 * caller's enterprise or jurisdiction as the list itself is, and select personal
 * data only masked.
 */
public interface ExportSource {

	/** The list's name in the URL, e.g. {@code whitelist}. */
	String list();

	/** The message key of the sheet's title (and the file's name). */
	String titleKey();

	List<ExportColumn> columns();

	/** Whether this user may export this list at all (the query then scopes the rows). */
	boolean allows(CurrentUser user);

	/**
	 * The caller's rows under the filters given; an unreadable filter throws
	 * {@link org.fugong.common.InvalidInputException} naming it.
	 */
	ExportQuery query(CurrentUser user, ExportParams params);

}
