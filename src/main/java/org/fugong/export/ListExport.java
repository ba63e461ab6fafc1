package org.fugong.export;

import java.util.List;

/**
 * An {@link ExportSource} whose name, title and columns are fixed when it is
 * made; a module's export says only who may export it and which rows.
 */
public abstract class ListExport implements ExportSource {

	private final String list;

	private final String titleKey;

	private final List<ExportColumn> columns;

	protected ListExport(String list, String titleKey, List<ExportColumn> columns) {
		this.list = list;
		this.titleKey = titleKey;
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

}
