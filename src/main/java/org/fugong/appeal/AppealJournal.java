package org.fugong.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.Appeal.Deadlines;
import org.fugong.appeal.Appeal.Transition;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.WorkingCalendar;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;

import org.springframework.stereotype.Component;

/**
 * What every change of an item leaves behind, in the change's transaction: its
 * line in the conversation, its history entry, its audit entry and the notices
 * it causes; and the deadlines of a new round, counted in working days.
 */
@Component
@RequiredArgsConstructor
class AppealJournal {

	private final AppealMessageRepository messages;

	private final AppealEventRepository events;

	private final AuditService audit;

	private final InboxService inbox;

	private final WorkingCalendar calendar;

	private final AppealProperties properties;

	private final Clock clock;

	Instant now() {
		return Instant.now(this.clock);
	}

	Deadlines deadlines(Instant start) {
		return new Deadlines(start, this.calendar.after(start, this.properties.firstResponseDays()),
				this.calendar.after(start, this.properties.resolutionDays()));
	}

	/** A line of the conversation (or an internal note) by {@code author} in {@code role}. */
	void say(long appealId, Instant at, String author, String role, Kind kind, String text) {
		this.messages.save(new AppealMessage(appealId, at, author, role, kind, text));
	}

	/** The first history entry of a new item. */
	void submitted(Appeal appeal, String actor, String detail, Instant now) {
		this.events.save(new AppealEvent(appeal.getId(), now, actor, "SUBMIT", null, AppealState.SUBMITTED, detail));
	}

	/** An audit entry for what changes no state. */
	void audit(String action, long appealId, String detail) {
		this.audit.record(action, "APPEAL", appealId, AuditService.SUCCESS, detail);
	}

	void record(Appeal appeal, String actor, String action, Transition transition, String detail, Instant now) {
		this.events.save(new AppealEvent(appeal.getId(), now, actor, action, transition.from(), transition.to(),
				detail));
		this.audit.recordAs(actor, "APPEAL_" + action, "APPEAL", appeal.getId(), AuditService.SUCCESS,
				transition.from() + " -> " + transition.to());
	}

	void notifyEnterprise(Appeal appeal, String key) {
		this.inbox.notifyEnterprise(appeal.getEnterpriseId(), key,
				List.of(Long.toString(appeal.getId()), appeal.getSubject()), "/appeals/" + appeal.getId());
	}

	/** Tells an official of the item: its number, enterprise and subject. */
	void notifyOfficial(String username, Appeal appeal, String key) {
		notifyUser(username, appeal, key, appeal.getSubject());
	}

	void notifyAssignee(Appeal appeal, String key, String detail) {
		if (appeal.getAssignee() != null) {
			notifyUser(appeal.getAssignee(), appeal, key, detail);
		}
	}

	private void notifyUser(String username, Appeal appeal, String key, String detail) {
		this.inbox.notifyUser(username, key, List.of(Long.toString(appeal.getId()), appeal.getEnterpriseName(), detail),
				"/appeals/" + appeal.getId());
	}

	/** A text an item keeps (a message, answer, reason): present, and not over 4,000 characters. */
	static String requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem(field, "validation.required")));
		}
		if (text.length() > 4000) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem(field, "appeal.text.tooLong")));
		}
		return text.trim();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
