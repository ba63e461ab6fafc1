package org.fugong.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.inbox.InboxService;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's coordination queue for key supply-chain firms: a job queues a
 * key firm's demand nobody answered within 24 hours and tells the district's
 * officials in their inbox; an official of the district takes an item, keeps
 * notes and closes it with an outcome. Town officers and city officials read it.
 */
@Service
@RequiredArgsConstructor
class CoordinationService {

	static final Duration KEY_DEMAND_WAIT = Duration.ofHours(24);

	private final CoordinationRepository items;

	private final MarketPostRepository posts;

	private final KeyFirmRepository keyFirms;

	private final MarketQueries queries;

	private final AccountService accounts;

	private final InboxService inbox;

	private final Clock clock;

	/** Queues the key firms' demands unanswered for 24 hours; answers how many it queued. */
	@Transactional
	int queueUnansweredKeyDemands() {
		Instant now = Instant.now(this.clock);
		List<MarketPost> waiting = this.items.findUnansweredKeyDemands(now.minus(KEY_DEMAND_WAIT));
		for (MarketPost post : waiting) {
			Coordination item = this.items.save(new Coordination(post.getId(), post.getEnterpriseId(),
					post.getDistrictCode(), now));
			for (AccountSummary official : this.accounts.staffIn(Role.DISTRICT_OFFICIAL, List.of(post.getDistrictCode()))) {
				this.inbox.notifyUser(official.username(), "market.notice.coordination", List.of(post.getTitle()),
						"/market/oversight#coordination-" + item.getId());
			}
		}
		return waiting.size();
	}

	@Transactional(readOnly = true)
	List<CoordinationView> queue(CurrentUser official) {
		String district = official.jurisdiction().districtCode();
		if (district == null && official.jurisdiction().townCode() != null) {
			district = official.jurisdiction().townCode().substring(0, 6);
		}
		List<Coordination> found = (district == null) ? this.items.findAllByOrderByClosedAtDescCreatedAtAsc()
				: this.items.findByDistrictCodeOrderByClosedAtDescCreatedAtAsc(district);
		Map<Long, MarketPost> byPost = new HashMap<>();
		this.posts.findByIdIn(found.stream().map(Coordination::getPostId).toList())
			.forEach((p) -> byPost.put(p.getId(), p));
		Map<Long, String> names = this.queries.namesOf(found.stream().map(Coordination::getEnterpriseId).distinct().toList());
		return found.stream()
			.map((c) -> new CoordinationView(c.getId(), c.getPostId(), byPost.get(c.getPostId()).getTitle(),
					c.getEnterpriseId(), names.getOrDefault(c.getEnterpriseId(), ""),
					this.keyFirms.findById(c.getEnterpriseId()).map(KeyFirm::getChain).orElse(null), c.getOwner(),
					c.getNotes(), c.getOutcome(), c.getCreatedAt(), c.getClosedAt()))
			.toList();
	}

	@Transactional
	void take(CurrentUser official, long id) {
		item(official, id).take(official.getUsername());
	}

	@Transactional
	void note(CurrentUser official, long id, String text) {
		String at = new TimeFormat().dateTime(Instant.now(this.clock));
		item(official, id).note(official.getUsername(), text, at);
	}

	@Transactional
	void close(CurrentUser official, long id, String outcome) {
		item(official, id).close(official.getUsername(), outcome, Instant.now(this.clock));
	}

	/** An item of the district official's own district; any other is not found. */
	Coordination item(CurrentUser official, long id) {
		return this.items.findById(id)
			.filter((c) -> official.is(Role.DISTRICT_OFFICIAL) && c.getDistrictCode().equals(official.regionCode()))
			.orElseThrow(() -> new NotFoundException("coordination"));
	}

}
