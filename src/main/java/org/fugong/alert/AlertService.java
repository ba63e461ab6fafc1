package org.fugong.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts as the officials of the enterprise's town and district follow them:
 * listed within the caller's jurisdiction (another region's alert is "not
 * found"), acknowledged, closed with a note. Two officials acting on one alert
 * at once: one wins, the other is told it changed.
 */
@Service
@RequiredArgsConstructor
class AlertService {

	static final String TARGET = "ALERT";

	static final int MAX_NOTE = 500;

	private final AlertRepository alerts;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final Clock clock;

	@Transactional(readOnly = true)
	Page<AlertView> search(CurrentUser official, AlertState state, AlertKind kind, Pageable pageable) {
		Jurisdiction scope = scope(official);
		Page<Alert> page = this.alerts.search(scope.districtCode(), scope.townCode(), state, kind, pageable);
		return new PageImpl<>(named(page.getContent().stream().map(Alert::toView).toList()), pageable,
				page.getTotalElements());
	}

	@Transactional
	AlertView acknowledge(CurrentUser official, long id, Long version) {
		Alert alert = within(official, id, version);
		try {
			alert.acknowledge(official.getUsername(), this.clock.instant());
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("alert.conflict.notOpen");
		}
		this.alerts.flush();
		this.audit.recordAs(official.getUsername(), "ALERT_ACKNOWLEDGED", TARGET, id, AuditService.SUCCESS, null);
		return named(List.of(alert.toView())).get(0);
	}

	@Transactional
	AlertView close(CurrentUser official, long id, String note, Long version) {
		Alert alert = within(official, id, version);
		String text = (note == null) ? "" : note.strip();
		if (text.isEmpty() || text.length() > MAX_NOTE) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("note", text.isEmpty() ? "validation.required" : "alert.note.tooLong",
							MAX_NOTE)));
		}
		try {
			alert.close(official.getUsername(), text, this.clock.instant());
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("alert.conflict.closed");
		}
		this.alerts.flush();
		this.audit.recordAs(official.getUsername(), "ALERT_CLOSED", TARGET, id, AuditService.SUCCESS, null);
		return named(List.of(alert.toView())).get(0);
	}

	private Alert within(CurrentUser official, long id, Long version) {
		Jurisdiction scope = scope(official);
		Alert alert = this.alerts.findWithin(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("alert"));
		if (version != null && version != alert.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Alert.class, id);
		}
		return alert;
	}

	/** Town officers and district officials follow alerts; nobody else does. */
	static Jurisdiction scope(CurrentUser official) {
		if (!(official.is(Role.TOWN_OFFICER) || official.is(Role.DISTRICT_OFFICIAL)) || official.regionCode() == null) {
			throw new AccessDeniedException("Only town officers and district officials follow alerts");
		}
		return official.jurisdiction();
	}

	static boolean follows(CurrentUser user) {
		return (user.is(Role.TOWN_OFFICER) || user.is(Role.DISTRICT_OFFICIAL)) && user.regionCode() != null;
	}

	private List<AlertView> named(List<AlertView> views) {
		Map<Long, String> names = this.enterprises
			.findAll(views.stream().map(AlertView::enterpriseId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(EnterpriseView::id, EnterpriseView::name, (a, b) -> a));
		return views.stream().map((v) -> v.withEnterpriseName(names.get(v.enterpriseId()))).toList();
	}

}
