package org.fugong.dashboard;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.AppealService;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.inspection.RectificationService;
import org.fugong.resumption.ResumptionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.vehicle.VehicleService;

import org.springframework.stereotype.Service;

/**
 * Gathers an official's queues from the public query methods of the modules that
 * own them, one query per queue: applications to review, enterprises to verify,
 * vehicle trips to decide, rectification notices to follow up, demands to answer.
 * A queue the role does not work on is left out.
 */
@Service
@RequiredArgsConstructor
class WorkbenchService {

	private final ResumptionService applications;

	private final EnterpriseService enterprises;

	private final VehicleService vehicles;

	private final RectificationService rectifications;

	private final AppealService appeals;

	/** Whether the user works from the workbench (officials and department officers). */
	static boolean worksFromTheWorkbench(CurrentUser user) {
		return user != null && (user.isOfficial() || user.is(Role.DEPARTMENT_OFFICER));
	}

	/** The user's workbench; its queues are counted when first read. */
	Workbench of(CurrentUser user) {
		return new Workbench(() -> count(user));
	}

	/** Each owner's count runs in its own read-only transaction. */
	private List<Workbench.Queue> count(CurrentUser user) {
		List<Workbench.Queue> queues = new ArrayList<>();
		if (user.isOfficial()) {
			ResumptionService.QueueCounts review = this.applications.counts(user);
			// 督办: of those waiting, the steps overdue past their grace and raised to the level above.
			queues.add(new Workbench.Queue("applications", "/applications", review.waiting(), review.overdue(),
					review.escalated()));
			if (!user.is(Role.CITY_OFFICIAL)) {
				queues.add(new Workbench.Queue("verification", "/enterprises/verifications",
						this.enterprises.pendingVerificationCount(user), null));
			}
			if (user.is(Role.DISTRICT_OFFICIAL)) {
				queues.add(new Workbench.Queue("vehicles", "/vehicles/review?status=PENDING",
						this.vehicles.pendingCount(user), null));
			}
			if (!user.is(Role.CITY_OFFICIAL)) {
				RectificationService.NoticeQueue notices = this.rectifications.queue(user);
				queues.add(new Workbench.Queue("rectifications", "/rectifications", notices.waiting(),
						notices.overdue()));
			}
		}
		AppealService.Pending demands = this.appeals.pending(user);
		queues.add(new Workbench.Queue("appeals",
				user.is(Role.CITY_OFFICIAL) ? "/appeals?state=ESCALATED" : "/appeals", demands.waiting(),
				demands.overdue()));
		return queues;
	}

}
