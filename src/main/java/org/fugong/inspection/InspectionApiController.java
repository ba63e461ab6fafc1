package org.fugong.inspection;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Grid inspections over JSON ({@code API.md}): inspections and the round,
 * notices, answers, follow-up verdicts, stops and the figures; beyond the
 * contract, photos of an inspection, 私自复工 cases and the list of stops.
 */
@RestController
class InspectionApiController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

	private final InspectionService inspections;

	private final RectificationService rectifications;

	private final FiguresQuery figures;

	private final CaseService cases;

	InspectionApiController(InspectionService inspections, RectificationService rectifications,
			FiguresQuery figures, CaseService cases) {
		this.inspections = inspections;
		this.rectifications = rectifications;
		this.figures = figures;
		this.cases = cases;
	}

	@PostMapping("/api/v1/inspections")
	ResponseEntity<InspectionOutcome> inspect(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody InspectionRequest request) {
		InspectionOutcome outcome = this.inspections.inspect(user, request.enterpriseId(),
				(request.aspects() != null) ? request.aspects() : List.of(), request.followUpOf());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + outcome.id())).body(outcome);
	}

	@GetMapping("/api/v1/inspections/round")
	List<RoundItem> round(@AuthenticationPrincipal CurrentUser user) {
		return this.inspections.round(user);
	}

	@GetMapping("/api/v1/inspections/{id}")
	InspectionView inspection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.inspections.find(user, id);
	}

	@PostMapping(path = "/api/v1/inspections/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PhotoView> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Aspect aspect, @RequestPart(required = false) MultipartFile file) {
		PhotoView photo = this.inspections.addPhoto(user, id, aspect, file);
		return ResponseEntity.created(URI.create("/inspections/photos/" + photo.id())).body(photo);
	}

	@PostMapping("/api/v1/inspections/unapproved")
	ResponseEntity<CaseView> unapproved(@AuthenticationPrincipal CurrentUser user,
			@RequestBody CaseRequest request) {
		return ResponseEntity.status(201)
			.body(this.inspections.reportUnapproved(user, request.enterpriseId(), request.siteName(),
					request.address(), request.note()));
	}

	@GetMapping("/api/v1/inspections/unapproved")
	PageResponse<CaseView> cases(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseState state, @RequestParam(required = false) String town,
			@RequestParam(required = false) String q, @Valid PageQuery paging) {
		return PageResponse.of(this.cases.cases(user, new CaseFilter(state, town, q),
				paging.toPageable(Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id")))), (c) -> c);
	}

	@GetMapping("/api/v1/inspections/unapproved/{id}")
	CaseView unapprovedCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.cases.detail(user, id);
	}

	@PostMapping("/api/v1/inspections/unapproved/{id}/handle")
	CaseView handle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody HandleRequest request) {
		return this.cases.handle(user, id, request.state(), request.reason(), request.version());
	}

	@GetMapping("/api/v1/rectifications")
	PageResponse<NoticeSummary> notices(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) NoticeState state, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Long team, @Valid PageQuery paging) {
		return PageResponse.of(this.rectifications.search(user, new NoticeFilter(state, zone, team),
				paging.toPageable(NEWEST_FIRST)), (n) -> n);
	}

	@GetMapping("/api/v1/rectifications/{id}")
	NoticeDetail notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.rectifications.detail(user, id);
	}

	@PostMapping("/api/v1/rectifications/{id}/respond")
	NoticeSummary respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody RespondRequest request) {
		Map<Aspect, String> answers = new EnumMap<>(Aspect.class);
		if (request.answers() != null) {
			request.answers().stream()
				.filter((a) -> a != null && a.aspect() != null)
				.forEach((a) -> answers.put(a.aspect(), a.note()));
		}
		return this.rectifications.respond(user, id, answers, request.note(), Map.of());
	}

	@PostMapping("/api/v1/rectifications/{id}/review")
	ResponseEntity<InspectionOutcome> review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReviewRequest request) {
		InspectionOutcome outcome = this.inspections.review(user, id, request.accepted(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + outcome.id())).body(outcome);
	}

	@PostMapping("/api/v1/rectifications/{id}/stop")
	ResponseEntity<StopView> stop(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		StopView stop = this.rectifications.stop(user, id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/stops/" + stop.id())).body(stop);
	}

	@GetMapping("/api/v1/stops")
	PageResponse<StopView> stops(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) StopState state, @Valid PageQuery paging) {
		return PageResponse.of(this.rectifications.stops(user, state,
				paging.toPageable(Sort.by(Sort.Order.desc("orderedAt"), Sort.Order.desc("id")))), (s) -> s);
	}

	@PostMapping("/api/v1/stops/{id}/lift")
	StopView lift(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return this.rectifications.lift(user, id, request.reason());
	}

	/** {@code {inspected, notices, answeredInTime, closed, overdue, stops}} and, beyond the contract, the details. */
	@GetMapping("/api/v1/stats/inspections")
	StatsAnswer stats(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		InspectionFigures f = this.figures.figures(user, region, from, to);
		InspectionFigures.Counts t = f.total();
		return new StatsAnswer(f.region(), from, to, t.inspected(), t.inspections(), t.notices(), t.answeredInTime(),
				t.closed(), t.overdue(), t.stops(), t.stopsLifted(), t.failedByAspect(), f.byZone(), f.byTeam(),
				f.byDay());
	}

	record InspectionRequest(@NotNull(message = "{validation.required}") Long enterpriseId, List<AspectInput> aspects,
			Long followUpOf) {
	}

	record CaseRequest(Long enterpriseId, String siteName, String address, String note) {
	}

	record HandleRequest(CaseState state, String reason, Long version) {
	}

	record AnswerRequest(Aspect aspect, String note) {
	}

	record RespondRequest(String note, List<AnswerRequest> answers) {
	}

	record ReviewRequest(@NotNull(message = "{validation.required}") Boolean accepted, String note) {
	}

	record ReasonRequest(String reason) {
	}

	record StatsAnswer(String region, LocalDate from, LocalDate to, long inspected, long inspections, long notices,
			long answeredInTime, long closed, long overdue, long stops, long stopsLifted,
			Map<Aspect, Long> failedByAspect, List<InspectionFigures.Row> byZone, List<InspectionFigures.Row> byTeam,
			List<InspectionFigures.Row> byDay) {
	}

}
