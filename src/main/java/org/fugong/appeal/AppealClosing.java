package org.fugong.appeal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.Appeal.Transition;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a round ends: an official's answer (final or not; on an appeal against
 * a rejection, upheld or dismissed), the enterprise's rating that closes it or
 * its reopening within the window, and the closing of unrated answers. An
 * upheld appeal publishes {@link RejectionOverturned} in the same transaction.
 */
@Service
@RequiredArgsConstructor
class AppealClosing {

	private final AppealRepository appeals;

	private final AppealAccess access;

	private final AppealJournal journal;

	private final AppealProperties properties;

	private final ApplicationEventPublisher publisher;

	/**
	 * An official's answer; {@code resolved} makes it the final answer of this
	 * round. On an appeal against a rejection the final answer says whether it
	 * is upheld (the application goes back to the enterprise) or dismissed (it
	 * stays rejected, and the answer says why).
	 */
	@Transactional
	void respond(CurrentUser official, long id, String answer, boolean resolved, Boolean upheld, Long version) {
		String text = AppealJournal.requireText(answer, "answer");
		Appeal appeal = this.access.visible(official, id);
		this.access.requireActing(official, appeal);
		if (version != null && appeal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
		}
		if (resolved && appeal.getType() == AppealType.APPLICATION_REJECTED && upheld == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("upheld", "appeal.upheld.required")));
		}
		Instant now = this.journal.now();
		Transition transition = appeal.respond(official.getUsername(), resolved, upheld, now);
		this.appeals.flush();
		this.journal.say(id, now, official.getUsername(), official.role().name(), Kind.ANSWER, text);
		Boolean upholds = appeal.getOutcome().getUpheld();
		String action = !resolved ? "ANSWER" : (upholds == null) ? "RESOLVE" : (upholds ? "UPHOLD" : "DISMISS");
		this.journal.record(appeal, official.getUsername(), action, transition, text, now);
		this.journal.notifyEnterprise(appeal, "inbox.appeal." + transition.to());
		if (Boolean.TRUE.equals(upholds) && appeal.getApplicationId() != null) {
			this.publisher.publishEvent(new RejectionOverturned(id, appeal.getApplicationId(),
					appeal.getEnterpriseId(), official.getUsername(), official.role().name(), text, now));
		}
	}

	@Transactional
	void close(CurrentUser user, long id, int satisfaction, String comment) {
		if (satisfaction < 1 || satisfaction > 5) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("satisfaction", "appeal.satisfaction.range")));
		}
		Appeal appeal = this.access.own(user, id);
		Instant now = this.journal.now();
		String cleanComment = AppealJournal.blankToNull(comment);
		Transition transition = appeal.close(satisfaction, cleanComment, now);
		this.appeals.flush();
		this.journal.record(appeal, user.getUsername(), "CLOSE", transition,
				satisfaction + "/5" + ((cleanComment != null) ? " " + cleanComment : ""), now);
		this.journal.notifyAssignee(appeal, "inbox.appeal.rated", Integer.toString(satisfaction));
	}

	@Transactional
	void reopen(CurrentUser user, long id, String reason) {
		String text = AppealJournal.requireText(reason, "reason");
		Appeal appeal = this.access.own(user, id);
		Instant now = this.journal.now();
		Transition transition = appeal.reopen(Duration.ofDays(this.properties.reopenDays()),
				this.journal.deadlines(now));
		this.appeals.flush();
		this.journal.say(id, now, user.getUsername(), Role.ENTERPRISE.name(), Kind.REPLY, text);
		this.journal.record(appeal, user.getUsername(), "REOPEN", transition, text, now);
		this.journal.notifyEnterprise(appeal, "inbox.appeal.REOPENED");
		this.journal.notifyAssignee(appeal, "inbox.appeal.reopened", text);
	}

	/**
	 * Closes, unrated, every item answered longer ago than the window allows. An
	 * enterprise rating one at that very moment wins or loses on the version: never both.
	 */
	@Transactional
	int closeUnratedAnswers() {
		Instant now = this.journal.now();
		List<Long> due = this.appeals.answeredBefore(now.minus(Duration.ofDays(this.properties.autoCloseDays())));
		int closed = 0;
		for (Long id : due) {
			Appeal appeal = this.appeals.findById(id).orElse(null);
			if (appeal == null || appeal.getRound().getLastAnsweredAt() == null
					|| (appeal.getState() != AppealState.ANSWERED && appeal.getState() != AppealState.RESOLVED)) {
				continue;
			}
			Transition transition = appeal.closeUnrated(now);
			this.journal.record(appeal, "system", "AUTO_CLOSE", transition, null, now);
			this.journal.notifyEnterprise(appeal, "inbox.appeal.autoClosed");
			closed++;
		}
		this.appeals.flush();
		return closed;
	}

}
