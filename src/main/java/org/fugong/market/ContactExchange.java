package org.fugong.market;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.security.CurrentUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact requests between enterprises ("联系对方"): asking, accepting,
 * declining, each with an inbox notice to the other side, and the exchange a
 * reader may see on a post. Contact names and phones appear only on accepted
 * requests and only to the two sides.
 */
@Service
@RequiredArgsConstructor
class ContactExchange {

	private final ContactRequestRepository requests;

	private final MarketPostRepository posts;

	private final KeyFirmRepository keyFirms;

	private final EnterpriseService enterprises;

	private final InboxService inbox;

	private final Clock clock;

	@Transactional
	long request(CurrentUser user, long postId, String message, Long fromPostId) {
		long me = user.requireEnterpriseId();
		MarketPost post = this.posts.findById(postId).orElseThrow(() -> new NotFoundException("post"));
		if (post.isOwnedBy(me)) {
			throw new BusinessRuleException("market.contact.ownPost");
		}
		post.requireOpen();
		Long from = null;
		if (fromPostId != null) {
			from = this.posts.findById(fromPostId)
				.filter((p) -> p.isOwnedBy(me))
				.map(MarketPost::getId)
				.orElseThrow(() -> new NotFoundException("post"));
		}
		if (this.requests.existsByPostIdAndRequesterEnterpriseIdAndState(postId, me, ContactState.REQUESTED)) {
			throw new ConflictException("market.contact.pending");
		}
		ContactRequest request;
		try {
			request = this.requests.saveAndFlush(new ContactRequest(postId, me, from, message, now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("market.contact.pending");
		}
		String requester = this.enterprises.find(me).map(EnterpriseView::name).orElse("");
		this.inbox.notifyEnterprise(post.getEnterpriseId(), "market.notice.contactRequested",
				List.of(requester, post.getTitle()), "/market/posts/" + postId);
		return request.getId();
	}

	@Transactional
	ContactView answer(CurrentUser user, long contactId, boolean accept) {
		ContactRequest request = this.requests.findById(contactId)
			.orElseThrow(() -> new NotFoundException("contact"));
		MarketPost post = this.posts.findById(request.getPostId())
			.filter((p) -> p.isOwnedBy(user.enterpriseId()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (accept) {
			request.accept(now());
		}
		else {
			request.decline(now());
		}
		this.inbox.notifyEnterprise(request.getRequesterEnterpriseId(),
				accept ? "market.notice.contactAccepted" : "market.notice.contactDeclined", List.of(post.getTitle()),
				"/market/posts/" + post.getId());
		return views(List.of(request), Map.of(post.getId(), post), user.enterpriseId(), false).get(0);
	}

	/**
	 * The exchange on a post the reader may see: its enterprise and the region's
	 * officials see every request to it and from it; another enterprise only its own.
	 */
	List<ContactView> exchangeOf(MarketPost post, CurrentUser user, boolean own, boolean official) {
		List<ContactRequest> all = this.requests.findExchangeOf(post.getId());
		List<ContactRequest> visible = (own || official) ? all
				: all.stream()
					.filter((c) -> user.enterpriseId() != null && c.getRequesterEnterpriseId() == user.enterpriseId())
					.toList();
		Map<Long, MarketPost> byId = new HashMap<>();
		byId.put(post.getId(), post);
		Set<Long> others = new HashSet<>();
		visible.forEach((c) -> others.add(c.getPostId()));
		others.removeAll(byId.keySet());
		this.posts.findByIdIn(others).forEach((p) -> byId.put(p.getId(), p));
		return views(visible, byId, user.enterpriseId(), official && !own);
	}

	/** The requests an enterprise has sent, newest first. */
	@Transactional(readOnly = true)
	List<ContactView> sentBy(CurrentUser user) {
		List<ContactRequest> sent = this.requests
			.findByRequesterEnterpriseIdOrderByCreatedAtDescIdDesc(user.requireEnterpriseId());
		Map<Long, MarketPost> byId = new HashMap<>();
		this.posts.findByIdIn(sent.stream().map(ContactRequest::getPostId).distinct().toList())
			.forEach((p) -> byId.put(p.getId(), p));
		return views(sent, byId, user.enterpriseId(), false);
	}

	String keyChainOf(long enterpriseId) {
		return this.keyFirms.findById(enterpriseId).map(KeyFirm::getChain).orElse(null);
	}

	private List<ContactView> views(List<ContactRequest> requests, Map<Long, MarketPost> postsById, Long reader,
			boolean officialOnly) {
		Set<Long> ids = new HashSet<>();
		for (ContactRequest c : requests) {
			ids.add(c.getRequesterEnterpriseId());
			ids.add(postsById.get(c.getPostId()).getEnterpriseId());
		}
		Map<Long, EnterpriseView> byId = enterprisesById(ids);
		List<ContactView> views = new ArrayList<>(requests.size());
		for (ContactRequest c : requests) {
			MarketPost post = postsById.get(c.getPostId());
			EnterpriseView poster = byId.get(post.getEnterpriseId());
			EnterpriseView requester = byId.get(c.getRequesterEnterpriseId());
			boolean party = reader != null
					&& (reader == post.getEnterpriseId() || reader == c.getRequesterEnterpriseId());
			boolean reveal = c.getState() == ContactState.ACCEPTED && party && !officialOnly && poster != null
					&& requester != null;
			views.add(new ContactView(c.getId(), post.getId(), post.getTitle(), post.getEnterpriseId(),
					name(poster), c.getRequesterEnterpriseId(), name(requester), c.getRequesterPostId(), c.getMessage(),
					c.getState(), c.getCreatedAt(), c.getAnsweredAt(),
					reveal ? poster.contactName() : null, reveal ? poster.contactPhone() : null,
					reveal ? requester.contactName() : null, reveal ? requester.contactPhone() : null));
		}
		return views;
	}

	private Map<Long, EnterpriseView> enterprisesById(Collection<Long> ids) {
		Map<Long, EnterpriseView> result = new HashMap<>();
		if (!ids.isEmpty()) {
			this.enterprises.findAll(ids).forEach((e) -> result.put(e.id(), e));
		}
		return result;
	}

	private static String name(EnterpriseView enterprise) {
		return (enterprise != null) ? enterprise.name() : "";
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
