package org.fugong.dossier;

import java.time.Instant;
import java.util.List;

import org.fugong.appeal.EnterpriseAppeals.AppealRecord;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.enterprise.Verification;
import org.fugong.inspection.EnterpriseInspections.InspectionLine;
import org.fugong.inspection.EnterpriseInspections.NoticeLine;
import org.fugong.inspection.EnterpriseInspections.StopLine;
import org.fugong.liaison.LiaisonView;
import org.fugong.liaison.VisitView;
import org.fugong.pass.EnterprisePasses.PassFigures;
import org.fugong.resumption.EnterpriseApplications.ApplicationRecord;
import org.fugong.whitelist.WhitelistEntryView;
import org.fugong.workforce.EnterpriseWorkforce.DailyReportLine;
import org.fugong.workforce.EnterpriseWorkforce.TestFigures;

/**
 * 一企一档: everything the platform holds on one enterprise, as its page draws it
 * and {@code GET /api/v1/enterprises/{id}/file} answers it. Lists are newest
 * first and capped (50; daily reports 14, passes 10), the counts beside them are
 * not. {@code liaison} is null while none is assigned; the contact phone is masked.
 */
public record EnterpriseFile(EnterpriseView profile, FileVerification verification, LiaisonView liaison,
		List<VisitView> visits, List<ApplicationRecord> applications, List<WhitelistEntryView> whitelist,
		PassFigures passes, long employees, long dailyReportsLast30Days, List<DailyReportLine> dailyReports,
		TestFigures tests, List<InspectionLine> inspections, List<NoticeLine> rectifications, List<StopLine> stops,
		List<AppealRecord> appeals, List<FileEvent> timeline) {

	/** Where the enterprise stands in verification, and who decided it when. */
	public record FileVerification(Verification state, String by, Instant at, String note) {
	}

	public long openNotices() {
		return this.rectifications.stream().filter((n) -> n.closedAt() == null).count();
	}

	public boolean stopped() {
		return this.stops.stream().anyMatch((s) -> s.liftedAt() == null);
	}

	public long openAppeals() {
		return this.appeals.stream().filter(AppealRecord::open).count();
	}

}
