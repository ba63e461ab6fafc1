package org.fugong.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.appeal.AppealQueries.Level;
import org.fugong.appeal.AppealQueries.Scope;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals and demands as their readers see them: one item with its
 * conversation and history, the lists and queues, and the figures. The changes
 * are made by {@link AppealFiling}, {@link AppealConversation},
 * {@link AppealRouting} and {@link AppealClosing}, each in one transaction with
 * its history entry, its audit entry and the notices it causes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AppealService {

	private static final Set<Kind> CONVERSATION = EnumSet.of(Kind.CONTENT, Kind.REPLY, Kind.ANSWER);

	private final AppealMessageRepository messages;

	private final AppealEventRepository events;

	private final AppealAttachmentRepository attachments;

	private final AppealQueries queries;

	private final RegionService regions;

	private final AppealProperties properties;

	private final Departments departments;

	private final AppealAccess access;

	private final Clock clock;

	@Transactional(readOnly = true)
	public AppealDetail detail(CurrentUser user, long id) {
		Appeal appeal = this.access.visible(user, id);
		boolean official = user.enterpriseId() == null;
		List<AppealDetail.Message> conversation = this.messages.of(id, CONVERSATION)
			.stream()
			.map(AppealMessage::toView)
			.toList();
		List<AppealDetail.Message> notes = official
				? this.messages.of(id, EnumSet.of(Kind.NOTE)).stream().map(AppealMessage::toView).toList() : null;
		Instant now = Instant.now(this.clock);
		AppealRound round = appeal.getRound();
		AppealOutcome outcome = appeal.getOutcome();
		return new AppealDetail(AppealAccess.summary(appeal, now), appeal.getContent(), appeal.getApplicationId(),
				appeal.getAssignee(), round.getFirstResponseDueAt(), round.getResolutionDueAt(),
				round.getFirstRespondedAt(), outcome.getResolvedAt(), outcome.getClosedAt(), outcome.isAutoClosed(),
				outcome.getSatisfaction(), outcome.getRatingComment(), outcome.getUpheld(), appeal.getReopenCount(),
				appeal.isReopenableAt(now, Duration.ofDays(this.properties.reopenDays())), appeal.getVersion(),
				conversation, notes, this.events.history(id).stream().map(AppealEvent::toView).toList(),
				this.attachments.of(id).stream().map(AppealAttachment::toView).toList(), appeal.getFiledBy(),
				appeal.getEscalatedAt(), this.departments.find(appeal.getDepartmentCode()).orElse(null),
				appeal.getTransferredAt());
	}

	/**
	 * The appeals a user may see, filtered and paged: the enterprise's own, or
	 * those of the official's jurisdiction (a town officer: their town's and those
	 * assigned to them). Summaries only, nothing internal.
	 */
	@Transactional(readOnly = true)
	public Page<AppealSummary> list(CurrentUser user, AppealFilter filter, Pageable pageable) {
		return this.queries.page(this.access.scope(user), filter, pageable, Instant.now(this.clock));
	}

	/** How many of the official's items are due today, overdue, and still open. */
	@Transactional(readOnly = true)
	public QueueCounts counts(CurrentUser official) {
		Scope scope = this.access.scope(official);
		Instant now = Instant.now(this.clock);
		return new QueueCounts(
				this.queries.count(scope, new AppealFilter(null, null, null, null, false, true, null), now),
				this.queries.count(scope, new AppealFilter(null, null, null, null, true, false, null), now));
	}

	/** The counts at the top of the officials' queue. */
	public record QueueCounts(long dueToday, long overdue) {
	}

	/**
	 * The user's own queue in one query: the items waiting for them to act and how
	 * many of those are overdue. The city's queue is what was escalated to it; a
	 * department's what was transferred to it; the district's and a town's the
	 * open items neither escalated nor transferred.
	 */
	@Transactional(readOnly = true)
	public Pending pending(CurrentUser user) {
		List<AppealState> states = switch (user.role()) {
			case CITY_OFFICIAL -> List.of(AppealState.ESCALATED);
			case DEPARTMENT_OFFICER -> List.of(AppealState.TRANSFERRED, AppealState.REOPENED);
			default -> List.of(AppealState.SUBMITTED, AppealState.ASSIGNED, AppealState.REOPENED);
		};
		AppealQueries.Pending pending = this.queries.pending(this.access.scope(user), states, Instant.now(this.clock));
		return new Pending(pending.waiting(), pending.overdue());
	}

	/** How many items wait for the user, and how many of those are overdue. */
	public record Pending(long waiting, long overdue) {
	}

	/**
	 * The figures of a region (city, district or town code; null or the city's code
	 * for everywhere) for the items received between two dates, inclusive.
	 */
	@Transactional(readOnly = true)
	public AppealFigures figures(String region, LocalDate from, LocalDate to) {
		Level level = Level.CITY;
		if (region != null) {
			RegionView view = this.regions.find(region).orElseThrow(() -> new NotFoundException("region"));
			level = switch (view.level()) {
				case DISTRICT -> Level.DISTRICT;
				case TOWN -> Level.TOWN;
				case CITY -> Level.CITY;
				default -> throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("region", "appeal.figures.regionLevel")));
			};
		}
		return this.queries.figures((level == Level.CITY) ? null : region, level, from, to, Instant.now(this.clock));
	}

	/** The figures an official may see: of their jurisdiction, or a region within it (else 404). */
	@Transactional(readOnly = true)
	public AppealFigures figuresFor(CurrentUser official, String region, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("to", "appeal.figures.range")));
		}
		String own = official.is(Role.CITY_OFFICIAL) ? null : official.regionCode();
		if (region == null || region.isBlank()) {
			return figures(own, from, to);
		}
		if (own != null && !region.equals(own) && !this.regions.isWithin(region, own)) {
			throw new NotFoundException("region");
		}
		return figures(region, from, to);
	}

}
