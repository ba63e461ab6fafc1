package org.fugong.market;

import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The posts of an official's jurisdiction as a sheet, under the oversight
 * list's filters ({@code q, kind, category, town, state}). No contact details:
 * the sheet says who posted what, not how to reach them. Enterprise names come
 * from the enterprise module, so the rows are read in memory, at most
 * {@value #MAX_ROWS}.
 */
@Component
class MarketExport extends ListExport {

	static final int MAX_ROWS = 20_000;

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("market.export.col.id"),
			ExportColumn.code("market.export.col.kind", "market.kind.", 8),
			ExportColumn.code("market.export.col.category", "market.category.", 12),
			ExportColumn.text("market.export.col.title", 30), ExportColumn.text("market.export.col.enterprise", 30),
			ExportColumn.text("market.export.col.town", 14), ExportColumn.decimal("market.export.col.quantity"),
			ExportColumn.text("market.export.col.unit", 8), ExportColumn.code("market.export.col.state", "market.state.", 10),
			ExportColumn.text("market.export.col.keyChain", 14), ExportColumn.dateTime("market.export.col.createdAt"),
			ExportColumn.date("market.export.col.validUntil"));

	private final MarketService market;

	private final RegionService regions;

	MarketExport(MarketService market, RegionService regions) {
		super("market-posts", "market.export.title", Audience.OFFICIALS, COLUMNS);
		this.market = market;
		this.regions = regions;
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		PostFilter filter = PostFilter.oversight(params);
		var locale = LocaleContextHolder.getLocale();
		List<Object[]> rows = this.market.oversee(user, filter, PageRequest.of(0, MAX_ROWS))
			.stream()
			.map((p) -> new Object[] { p.id(), p.kind().name(), p.category().name(), p.title(), p.enterpriseName(),
					this.regions.nameOf(p.townCode(), locale), p.quantity(), p.unit(), p.state().name(), p.keyChain(),
					p.createdAt(), p.validUntil() })
			.toList();
		return ExportQuery.rows(rows);
	}

}
