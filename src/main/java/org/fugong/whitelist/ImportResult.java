package org.fugong.whitelist;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did: all rows added (but those already listed, skipped), or,
 * when any row is bad, nothing at all and every bad row with its line.
 */
record ImportResult(int rows, int added, List<Line> skipped, List<Line> errors) {

	public boolean imported() {
		return this.errors.isEmpty();
	}

	/** One row's outcome: the message key says what, {@code arg} fills it in where needed. */
	@Schema(name = "WhitelistImportLine")
	record Line(int line, String creditCode, String messageKey, Object arg) {
	}

}
