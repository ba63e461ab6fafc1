package org.fugong.market;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The market API of {@code API.md} (v1.1): posts, matches, contact requests,
 * closing, and the officials' oversight, figures and key supply-chain firms.
 */
@RestController
@RequiredArgsConstructor
class MarketApiController {

	/** How many matches an answer carries at most. */
	static final int MATCH_LIMIT = 50;

	private final MarketService market;

	private final ContactExchange contacts;

	private final KeyFirmService keyFirms;

	private final CoordinationService coordination;

	@PostMapping("/api/v1/market/posts")
	ResponseEntity<Created> post(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PostForm form) {
		long id = this.market.post(user, form.toInput());
		return ResponseEntity.created(URI.create("/api/v1/market/posts/" + id)).body(new Created(id, "OPEN"));
	}

	@GetMapping("/api/v1/market/posts")
	PageResponse<PostSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) PostKind kind, @RequestParam(required = false) PostCategory category,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "true") boolean open,
			@Valid PageQuery page) {
		PostFilter filter = new PostFilter(q, kind, category, PostFilter.blankToNull(region), null, null, open);
		return PageResponse.of(this.market.search(filter, page.toPageable(Sort.unsorted())), (p) -> p);
	}

	@GetMapping("/api/v1/market/posts/{id}")
	PostDetail show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.market.detail(user, id);
	}

	@GetMapping("/api/v1/market/posts/{id}/matches")
	List<MatchItem> matches(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		return this.market.matches(user, id, MATCH_LIMIT, locale)
			.stream()
			.map((m) -> new MatchItem(m.post().id(), m.post().enterpriseName(), m.score(), m.reasons(), m.post()))
			.toList();
	}

	@PostMapping("/api/v1/market/posts/{id}/contacts")
	ResponseEntity<Created> contact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ContactForm form) {
		long contactId = this.contacts.request(user, id, form.getMessage(), form.getFromPostId());
		return ResponseEntity.status(201).body(new Created(contactId, "REQUESTED"));
	}

	@PostMapping("/api/v1/market/contacts/{id}/accept")
	ContactView accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.contacts.answer(user, id, true);
	}

	@PostMapping("/api/v1/market/contacts/{id}/decline")
	ContactView decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.contacts.answer(user, id, false);
	}

	@PostMapping("/api/v1/market/posts/{id}/close")
	PostDetail close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CloseForm form) {
		this.market.close(user, id, form.getOutcome(), form.getQuantityMet());
		return this.market.detail(user, id);
	}

	/** The caller's own posts and the contact requests it sent. */
	@GetMapping("/api/v1/market/mine")
	Mine mine(@AuthenticationPrincipal CurrentUser user) {
		return new Mine(this.market.mine(user), this.contacts.sentBy(user));
	}

	@GetMapping("/api/v1/market/oversight")
	PageResponse<PostSummary> oversight(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @RequestParam(required = false) PostKind kind,
			@RequestParam(required = false) PostCategory category, @RequestParam(required = false) String town,
			@RequestParam(required = false) PostState state, @Valid PageQuery page) {
		PostFilter filter = PostFilter.oversight(q, kind, category, town, state);
		return PageResponse.of(this.market.oversee(user, filter, page.toPageable(Sort.unsorted())), (p) -> p);
	}

	/** Open demands of the jurisdiction nobody asked to contact in 3 days, oldest first. */
	@GetMapping("/api/v1/market/unanswered")
	PageResponse<PostSummary> unanswered(@AuthenticationPrincipal CurrentUser user, @Valid PageQuery page) {
		return PageResponse.of(this.market.unansweredDemands(user, page.toPageable(Sort.unsorted())), (p) -> p);
	}

	@GetMapping("/api/v1/stats/market")
	MarketFigures figures(@AuthenticationPrincipal CurrentUser user) {
		return this.market.figures(user.jurisdiction());
	}

	@GetMapping("/api/v1/market/key-firms")
	List<KeyFirmView> keyFirms(@AuthenticationPrincipal CurrentUser user) {
		return this.keyFirms.list(user);
	}

	@PostMapping("/api/v1/market/key-firms")
	ResponseEntity<KeyFirmView> flag(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody KeyFirmForm form) {
		return ResponseEntity.status(201).body(this.keyFirms.flag(user, form.getEnterpriseId(), form.getChain()));
	}

	@PostMapping("/api/v1/market/key-firms/{enterpriseId}/remove")
	ResponseEntity<Void> unflag(@AuthenticationPrincipal CurrentUser user, @PathVariable long enterpriseId) {
		this.keyFirms.unflag(user, enterpriseId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/market/coordination")
	List<CoordinationView> coordination(@AuthenticationPrincipal CurrentUser user) {
		return this.coordination.queue(user);
	}

	@PostMapping("/api/v1/market/coordination/{id}/take")
	ResponseEntity<Void> take(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.coordination.take(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/market/coordination/{id}/notes")
	ResponseEntity<Void> note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CoordinationForm form) {
		this.coordination.note(user, id, form.getText());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/market/coordination/{id}/close")
	ResponseEntity<Void> closeItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CoordinationForm form) {
		this.coordination.close(user, id, form.getText());
		return ResponseEntity.noContent().build();
	}

	record Created(long id, String state) {
	}

	record MatchItem(long postId, String enterpriseName, int score, List<String> reasons, PostSummary post) {
	}

	record Mine(List<PostSummary> posts, List<ContactView> sent) {
	}

}
