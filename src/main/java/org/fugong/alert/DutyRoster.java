package org.fugong.alert;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.alert.DutyEntry.DutyView;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly alert duty roster (值班表) of each town and district: a town officer
 * keeps their town's, a district official their district's, naming officials of
 * that same region with the phone that gets the text message on their day.
 */
@Service
@RequiredArgsConstructor
class DutyRoster {

	static final String TARGET = "ALERT_DUTY";

	private final DutyEntryRepository entries;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	/** The caller's region's roster, Monday first. */
	@Transactional(readOnly = true)
	List<DutyView> week(CurrentUser official) {
		return this.entries.findByRegionCodeOrderByWeekdayAscUsernameAsc(region(official))
			.stream()
			.map(DutyEntry::toView)
			.toList();
	}

	/** The officials who may be put on the caller's roster: the same role, the same region. */
	@Transactional(readOnly = true)
	List<AccountSummary> candidates(CurrentUser official) {
		return this.accounts.staffIn(official.role(), List.of(region(official)));
	}

	@Transactional
	DutyView add(CurrentUser official, DayOfWeek weekday, String username, String phone) {
		String region = region(official);
		if (weekday == null) {
			throw invalid("weekday", "validation.required");
		}
		String name = (username == null) ? "" : username.strip();
		if (candidates(official).stream().noneMatch((a) -> a.username().equals(name))) {
			throw invalid("username", "alert.duty.username.unknown");
		}
		String number = (phone == null) ? "" : phone.strip();
		if (!number.matches("1[3-9]\\d{9}")) {
			throw invalid("phone", "validation.phone.invalid");
		}
		if (this.entries.existsByRegionCodeAndWeekdayAndUsername(region, (short) weekday.getValue(), name)) {
			throw duplicate();
		}
		DutyEntry entry;
		try {
			entry = this.entries.saveAndFlush(new DutyEntry(region, weekday, name, number, official.getUsername()));
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate();
		}
		this.audit.recordAs(official.getUsername(), "ALERT_DUTY_ADDED", TARGET, entry.toView().id(),
				AuditService.SUCCESS, region + " " + weekday + " " + name);
		return entry.toView();
	}

	@Transactional
	void remove(CurrentUser official, long id) {
		DutyEntry entry = this.entries.findByIdAndRegionCode(id, region(official))
			.orElseThrow(() -> new NotFoundException("duty"));
		this.entries.delete(entry);
		this.audit.recordAs(official.getUsername(), "ALERT_DUTY_REMOVED", TARGET, id, AuditService.SUCCESS,
				entry.getUsername());
	}

	/** Who is on duty today (Asia/Shanghai) in the region; empty when nobody is. */
	@Transactional(readOnly = true)
	List<DutyEntry> onDutyToday(String regionCode) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TimeFormat.ZONE);
		return this.entries.findByRegionCodeAndWeekday(regionCode, (short) today.getDayOfWeek().getValue());
	}

	/** The officials of a role in a region, to tell when nobody is on duty. */
	@Transactional(readOnly = true)
	List<String> everyone(Role role, String regionCode) {
		return this.accounts.staffIn(role, List.of(regionCode)).stream().map(AccountSummary::username).toList();
	}

	private static String region(CurrentUser official) {
		if (!(official.is(Role.TOWN_OFFICER) || official.is(Role.DISTRICT_OFFICIAL)) || official.regionCode() == null) {
			throw new AccessDeniedException("Only town officers and district officials keep a duty roster");
		}
		return official.regionCode();
	}

	private static InvalidInputException invalid(String field, String key) {
		return new InvalidInputException("problem.400.invalid", List.of(new FieldProblem(field, key)));
	}

	private static ConflictException duplicate() {
		return new ConflictException("alert.duty.duplicate",
				List.of(new FieldProblem("username", "alert.duty.duplicate")));
	}

}
