package org.fugong.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fugong.appeal.EnterpriseAppeals.AppealRecord;
import org.fugong.common.TimeFormat;
import org.fugong.dossier.FileEvent.Kind;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.EnterpriseInspections.InspectionRecord;
import org.fugong.liaison.LiaisonView;
import org.fugong.liaison.VisitView;
import org.fugong.resumption.EnterpriseApplications.ApplicationRecord;
import org.fugong.whitelist.WhitelistEntryView;

/** Merges the dated records of every module into one timeline, newest first. */
final class Timeline {

	/** Enough to read an enterprise's story on one page; the sections above hold the rest. */
	static final int LIMIT = 100;

	private final List<FileEvent> events = new ArrayList<>();

	Timeline(EnterpriseView profile) {
		add(new FileEvent(profile.registeredAt(), Kind.REGISTERED, null, profile.creditCode(), null, null));
		if (profile.verificationDecidedAt() != null) {
			add(new FileEvent(profile.verificationDecidedAt(), Kind.VERIFICATION, profile.verification().name(),
					profile.verificationNote(), profile.verificationDecidedBy(),
					"/enterprises/" + profile.id() + "/verification"));
		}
	}

	Timeline applications(List<ApplicationRecord> applications) {
		applications.forEach((a) -> a.steps()
			.forEach((s) -> add(new FileEvent(s.at(), Kind.APPLICATION, s.to().name(), "#" + a.id(), s.actor(),
					"/applications/" + a.id()))));
		return this;
	}

	Timeline whitelist(List<WhitelistEntryView> entries) {
		entries.forEach((e) -> add(new FileEvent(e.since(), Kind.WHITELIST, e.status().name(),
				e.level().name() + " · " + e.batch(), null, null)));
		return this;
	}

	Timeline inspections(InspectionRecord record) {
		record.inspections()
			.forEach((i) -> add(new FileEvent(i.at(), Kind.INSPECTION, i.passed() ? "PASSED" : "FAILED", null,
					i.inspector(), null)));
		record.notices().forEach((n) -> {
			add(new FileEvent(n.issuedAt(), Kind.NOTICE_ISSUED, null, n.number(), null, "/rectifications/" + n.id()));
			if (n.closedAt() != null) {
				add(new FileEvent(n.closedAt(), Kind.NOTICE_CLOSED, null, n.number(), null,
						"/rectifications/" + n.id()));
			}
		});
		record.stops().forEach((s) -> {
			add(new FileEvent(s.orderedAt(), Kind.STOP_ORDERED, null, s.reason(), s.orderedBy(),
					"/rectifications/" + s.noticeId()));
			if (s.liftedAt() != null) {
				add(new FileEvent(s.liftedAt(), Kind.STOP_LIFTED, null, s.liftReason(), null,
						"/rectifications/" + s.noticeId()));
			}
		});
		return this;
	}

	Timeline appeals(List<AppealRecord> appeals) {
		appeals.forEach((a) -> {
			add(new FileEvent(a.receivedAt(), Kind.APPEAL_RECEIVED, a.type().name(), a.subject(), null,
					"/appeals/" + a.id()));
			if (a.closedAt() != null) {
				add(new FileEvent(a.closedAt(), Kind.APPEAL_CLOSED, null, a.subject(), null, "/appeals/" + a.id()));
			}
		});
		return this;
	}

	Timeline liaison(LiaisonView liaison, List<VisitView> visits) {
		if (liaison != null) {
			add(new FileEvent(liaison.since(), Kind.LIAISON_ASSIGNED, null, liaison.officerName(),
					liaison.assignedBy(), "/enterprises/" + liaison.enterpriseId() + "/liaison"));
		}
		visits.forEach((v) -> add(new FileEvent(v.date().atStartOfDay(TimeFormat.ZONE).toInstant(), Kind.VISIT, null,
				abbreviated(v.note()), v.officerName(), null)));
		return this;
	}

	List<FileEvent> newestFirst() {
		return this.events.stream()
			.sorted(Comparator.comparing(FileEvent::at).reversed())
			.limit(LIMIT)
			.toList();
	}

	private static String abbreviated(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 79) + "…";
	}

	private void add(FileEvent event) {
		if (event.at() != null) {
			this.events.add(event);
		}
	}

}
