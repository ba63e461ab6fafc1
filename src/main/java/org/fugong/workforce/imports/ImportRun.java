package org.fugong.workforce.imports;

import java.util.List;

/**
 * One import as it runs: checks each row (remembering what it saw, to find rows
 * that repeat an earlier one) and writes the good rows a chunk at a time, inside
 * the chunk's transaction.
 */
interface ImportRun<T> {

	/** The row ready to write, or null after adding to {@code problems} whatever is wrong with it. */
	T check(WorkforceCsv.Row row, List<Problem> problems);

	Written write(List<T> ready);

	/** A reason a row is refused: a message key and its arguments. */
	record Problem(String key, Object... args) {
	}

	/** What writing a chunk did: rows added, and rows that updated what was there. */
	record Written(int imported, int updated) {
	}

}
