package org.fugong.market;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and their matches. Every state change runs here in one transaction with
 * the inbox notice it causes; reads are scoped in the query or checked against
 * the post's enterprise before anything is shown.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MarketService {

	/** How long an open demand may wait for a first contact before officials see it as unanswered. */
	static final Duration UNANSWERED_AFTER = Duration.ofDays(3);

	/** How long a post may stay open at most. */
	static final int MAX_VALID_DAYS = 90;

	private final MarketPostRepository posts;

	private final MarketQueries queries;

	private final MatchScoring scoring;

	private final ContactExchange contacts;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	private final InboxService inbox;

	private final Clock clock;

	@Transactional
	long post(CurrentUser user, PostInput input) {
		// Only an enterprise its region has verified speaks for a company on the market (issue: trust boundaries).
		this.enterprises.requireVerified(user.requireEnterpriseId());
		EnterpriseView poster = this.enterprises.find(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		String city = cityOf(poster.districtCode());
		String region = (input.regionCode() != null) ? input.regionCode() : poster.districtCode();
		LocalDate today = today();
		List<FieldProblem> problems = new ArrayList<>();
		if (!region.equals(poster.districtCode()) && !region.equals(city)) {
			problems.add(new FieldProblem("regionCode", "market.region.invalid"));
		}
		if (input.validUntil().isBefore(today)) {
			problems.add(new FieldProblem("validUntil", "market.validUntil.past"));
		}
		else if (input.validUntil().isAfter(today.plusDays(MAX_VALID_DAYS))) {
			problems.add(new FieldProblem("validUntil", "market.validUntil.tooFar", MAX_VALID_DAYS));
		}
		if (input.kind() == PostKind.DEMAND && input.neededBy() != null && input.neededBy().isBefore(today)) {
			problems.add(new FieldProblem("neededBy", "market.neededBy.past"));
		}
		if (input.kind() == PostKind.SUPPLY && input.availableFrom() != null
				&& input.availableFrom().isAfter(input.validUntil())) {
			problems.add(new FieldProblem("availableFrom", "market.availableFrom.afterValidUntil"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return this.posts.save(new MarketPost(poster, input, region, city, now(), today)).getId();
	}

	/** The posts every signed-in user may search: not scoped, contact details never part of it. */
	@Transactional(readOnly = true)
	public Page<PostSummary> search(PostFilter filter, Pageable pageable) {
		return this.queries.search(filter, null, cityOf(filter.region()), pageable);
	}

	/** All posts of the official's jurisdiction, any state. */
	@Transactional(readOnly = true)
	Page<PostSummary> oversee(CurrentUser official, PostFilter filter, Pageable pageable) {
		return this.queries.search(filter, official.jurisdiction(), cityOf(filter.region()), pageable);
	}

	@Transactional(readOnly = true)
	Page<PostSummary> unansweredDemands(CurrentUser official, Pageable pageable) {
		return this.queries.unansweredDemands(official.jurisdiction(), now().minus(UNANSWERED_AFTER), pageable);
	}

	/** The market's figures for a jurisdiction (the dashboard asks with the official's own). */
	@Transactional(readOnly = true)
	public MarketFigures figures(Jurisdiction jurisdiction) {
		return this.queries.figures(jurisdiction, now().minus(UNANSWERED_AFTER));
	}

	@Transactional(readOnly = true)
	List<PostSummary> mine(CurrentUser user) {
		long me = user.requireEnterpriseId();
		String name = this.queries.namesOf(List.of(me)).getOrDefault(me, "");
		return this.posts.findByEnterpriseIdOrderByCreatedAtDescIdDesc(me)
			.stream()
			.map((p) -> summaryOf(p, name, this.contacts.keyChainOf(p.getEnterpriseId())))
			.toList();
	}

	@Transactional(readOnly = true)
	PostDetail detail(CurrentUser user, long id) {
		MarketPost post = this.posts.findById(id).orElseThrow(() -> new NotFoundException("post"));
		String name = this.queries.namesOf(List.of(post.getEnterpriseId())).getOrDefault(post.getEnterpriseId(), "");
		boolean own = post.isOwnedBy(user.enterpriseId());
		boolean official = user.isOfficial()
				&& user.jurisdiction().covers(post.getDistrictCode(), post.getTownCode());
		List<ContactView> exchange = this.contacts.exchangeOf(post, user, own, official);
		boolean canContact = user.enterpriseId() != null && !own && post.getState() == PostState.OPEN
				&& exchange.stream().noneMatch((c) -> c.state() == ContactState.REQUESTED
						&& c.requesterEnterpriseId() == user.enterpriseId() && c.postId() == id);
		return new PostDetail(summaryOf(post, name, this.contacts.keyChainOf(post.getEnterpriseId())),
				post.getDescription(), post.getQuantityMet(), post.getClosedAt(), post.getVersion(), own, canContact,
				exchange);
	}

	/** The matches of the caller's own post; another enterprise's post is not found. */
	@Transactional(readOnly = true)
	List<PostMatch> matches(CurrentUser user, long id, int limit, Locale locale) {
		MarketPost post = ownPost(user, id);
		if (post.getState() != PostState.OPEN) {
			return List.of();
		}
		List<MatchScoring.Scored> ranked = this.scoring.rank(post, this.queries.candidates(post, today()), limit,
				locale);
		List<PostSummary> summaries = this.queries.summaries(ranked.stream().map(MatchScoring.Scored::row).toList());
		List<PostMatch> result = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			result.add(new PostMatch(summaries.get(i), ranked.get(i).score(), ranked.get(i).reasons()));
		}
		return result;
	}

	@Transactional
	void close(CurrentUser user, long id, PostState outcome, BigDecimal quantityMet) {
		MarketPost post = ownPost(user, id);
		if (outcome == PostState.FULFILLED) {
			if (quantityMet == null || quantityMet.signum() <= 0) {
				throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("quantityMet", "market.quantityMet.required")));
			}
			post.fulfil(quantityMet, now());
		}
		else if (outcome == PostState.WITHDRAWN) {
			post.withdraw(now());
		}
		else {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("outcome", "market.outcome.invalid")));
		}
	}

	/** Closes the open posts whose validity ended before today and tells their enterprises. */
	@Transactional
	public int expireOutdated() {
		List<Long> ids = this.posts.findExpired(today());
		for (MarketPost post : this.posts.findByIdIn(ids)) {
			post.expire(now());
			this.inbox.notifyEnterprise(post.getEnterpriseId(), "market.notice.expired", List.of(post.getTitle()),
					"/market/posts/" + post.getId());
		}
		return ids.size();
	}

	MarketPost ownPost(CurrentUser user, long id) {
		return this.posts.findById(id)
			.filter((p) -> p.isOwnedBy(user.enterpriseId()))
			.orElseThrow(() -> new NotFoundException("post"));
	}

	/** The regions a post of this enterprise may cover: its district (default) and its city. */
	List<RegionView> regionsFor(CurrentUser user) {
		EnterpriseView poster = this.enterprises.find(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		List<RegionView> result = new ArrayList<>();
		this.regions.find(poster.districtCode()).ifPresent(result::add);
		this.regions.find(cityOf(poster.districtCode())).ifPresent(result::add);
		return result;
	}

	private String cityOf(String regionCode) {
		return this.regions.find(regionCode)
			.map((r) -> (r.parentCode() != null && this.regions.isDistrict(r.code())) ? r.parentCode() : r.code())
			.orElse(null);
	}

	static PostSummary summaryOf(MarketPost p, String name, String keyChain) {
		return new PostSummary(p.getId(), p.getEnterpriseId(), name, p.getDistrictCode(), p.getTownCode(), p.getKind(),
				p.getCategory(), p.getTitle(), p.getQuantity(), p.getUnit(), p.getRegionCode(), p.getNeededBy(),
				p.getAvailableFrom(), p.getValidUntil(), p.getState(), p.getCreatedAt(), keyChain);
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), TimeFormat.ZONE);
	}

}
