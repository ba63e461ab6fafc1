package org.fugong.dossier;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.EnterpriseAppeals;
import org.fugong.appeal.EnterpriseAppeals.AppealRecord;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.EnterpriseInspections;
import org.fugong.inspection.EnterpriseInspections.InspectionRecord;
import org.fugong.liaison.LiaisonService;
import org.fugong.liaison.LiaisonView;
import org.fugong.liaison.VisitView;
import org.fugong.pass.EnterprisePasses;
import org.fugong.resumption.EnterpriseApplications;
import org.fugong.resumption.EnterpriseApplications.ApplicationRecord;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistEntryView;
import org.fugong.whitelist.WhitelistService;
import org.fugong.workforce.EnterpriseWorkforce;
import org.fugong.workforce.EnterpriseWorkforce.WorkforceSummary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes an enterprise's file. Whether the caller may see the enterprise is
 * the enterprise module's answer (an official of its region, else "not found");
 * then each module is asked for its part by the enterprise's id.
 */
@Service
@RequiredArgsConstructor
class DossierService {

	private final EnterpriseService enterprises;

	private final EnterpriseApplications applications;

	private final WhitelistService whitelist;

	private final EnterprisePasses passes;

	private final EnterpriseWorkforce workforce;

	private final EnterpriseInspections inspections;

	private final EnterpriseAppeals appeals;

	private final LiaisonService liaison;

	@Transactional(readOnly = true)
	EnterpriseFile fileOf(CurrentUser official, long enterpriseId) {
		if (!official.isOfficial()) {
			throw new AccessDeniedException("The enterprise file is for officials");
		}
		EnterpriseView profile = this.enterprises.profile(official, enterpriseId).withMaskedContactPhone();
		List<ApplicationRecord> applied = this.applications.of(enterpriseId);
		List<WhitelistEntryView> entries = this.whitelist.entriesOf(enterpriseId);
		WorkforceSummary staff = this.workforce.of(enterpriseId);
		InspectionRecord inspected = this.inspections.of(enterpriseId);
		List<AppealRecord> appealed = this.appeals.of(enterpriseId);
		LiaisonView officer = this.liaison.summaryOf(enterpriseId).orElse(null);
		List<VisitView> visits = this.liaison.visitsOf(enterpriseId);
		List<FileEvent> timeline = new Timeline(profile).applications(applied)
			.whitelist(entries)
			.inspections(inspected)
			.appeals(appealed)
			.liaison(officer, visits)
			.newestFirst();
		return new EnterpriseFile(profile,
				new EnterpriseFile.FileVerification(profile.verification(), profile.verificationDecidedBy(),
						profile.verificationDecidedAt(), profile.verificationNote()),
				officer, visits, applied, entries, this.passes.of(enterpriseId), staff.employees(),
				staff.reportsLast30Days(), staff.latestReports(), staff.tests(), inspected.inspections(),
				inspected.notices(), inspected.stops(), appealed, timeline);
	}

}
