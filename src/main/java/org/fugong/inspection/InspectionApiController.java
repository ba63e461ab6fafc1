package org.fugong.inspection;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.media.Schema;

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
 * contract, photos of an inspection and the list of stops.
 */
@RestController
@RequiredArgsConstructor
class InspectionApiController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

	private final InspectionService inspections;

	private final RoundService rounds;

	private final RectificationService rectifications;

	private final StopService stops;

	private final FiguresQuery figures;

	@Operation(summary = "记录巡查 · Record an inspection", description = "街镇人员记录对企业的现场巡查及各项结果。")
	@PostMapping("/api/v1/inspections")
	ResponseEntity<InspectionOutcome> inspect(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody InspectionRequest request) {
		InspectionOutcome outcome = this.inspections.inspect(user, request.enterpriseId(),
				(request.aspects() != null) ? request.aspects() : List.of(), request.followUpOf());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + outcome.id())).body(outcome);
	}

	@Operation(summary = "今日巡查路线 · Today's round", description = "街镇人员今天应巡查的企业。")
	@GetMapping("/api/v1/inspections/round")
	List<RoundItem> round(@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.round(user);
	}

	@Operation(summary = "巡查详情 · Show an inspection", description = "一次巡查的各项结果与照片。")
	@GetMapping("/api/v1/inspections/{id}")
	InspectionView inspection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.inspections.find(user, id);
	}

	@Operation(summary = "上传巡查照片 · Add a photo", description = "为巡查的一项上传照片。")
	@PostMapping(path = "/api/v1/inspections/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PhotoView> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Aspect aspect, @RequestPart(required = false) MultipartFile file) {
		PhotoView photo = this.inspections.addPhoto(user, id, aspect, file);
		return ResponseEntity.created(URI.create("/inspections/photos/" + photo.id())).body(photo);
	}

	@Operation(summary = "整改通知 · Rectification notices", description = "企业看自己的整改通知；工作人员看辖区内的。")
	@GetMapping("/api/v1/rectifications")
	PageResponse<NoticeSummary> notices(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) NoticeState state, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Long team, @Valid PageQuery paging) {
		return PageResponse.of(this.rectifications.search(user, new NoticeFilter(state, zone, team),
				paging.toPageable(NEWEST_FIRST)), (n) -> n);
	}

	@Operation(summary = "整改通知详情 · Show a notice", description = "一份整改通知及其答复。")
	@GetMapping("/api/v1/rectifications/{id}")
	NoticeDetail notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.rectifications.detail(user, id);
	}

	@Operation(summary = "答复整改 · Respond to a notice", description = "企业答复整改通知。")
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

	@Operation(summary = "复查整改 · Review a rectification", description = "街镇人员复查整改，通过或不通过（产生一次复查巡查）。")
	@PostMapping("/api/v1/rectifications/{id}/review")
	ResponseEntity<InspectionOutcome> review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReviewRequest request) {
		InspectionOutcome outcome = this.inspections.review(user, id, request.accepted(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + outcome.id())).body(outcome);
	}

	@Operation(summary = "责令停工 · Order a stop", description = "整改不到位时责令停工。")
	@PostMapping("/api/v1/rectifications/{id}/stop")
	ResponseEntity<StopView> stop(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		StopView stop = this.stops.stop(user, id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/stops/" + stop.id())).body(stop);
	}

	@Operation(summary = "停工令 · Stop orders", description = "辖区内的停工令。")
	@GetMapping("/api/v1/stops")
	PageResponse<StopView> stops(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) StopState state, @Valid PageQuery paging) {
		return PageResponse.of(this.stops.stops(user, state,
				paging.toPageable(Sort.by(Sort.Order.desc("orderedAt"), Sort.Order.desc("id")))), (s) -> s);
	}

	@Operation(summary = "解除停工 · Lift a stop", description = "解除停工令。")
	@PostMapping("/api/v1/stops/{id}/lift")
	StopView lift(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return this.stops.lift(user, id, request.reason());
	}

	/** {@code {inspected, notices, answeredInTime, closed, overdue, stops}} and, beyond the contract, the details. */
	@Operation(summary = "巡查统计 · Inspection figures", description = "辖区内巡查、整改、停工的数字。")
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

	@Schema(name = "RectificationAnswerRequest")
	record AnswerRequest(Aspect aspect, String note) {
	}

	record RespondRequest(String note, List<AnswerRequest> answers) {
	}

	record ReviewRequest(@NotNull(message = "{validation.required}") Boolean accepted, String note) {
	}

	@Schema(name = "InspectionReasonRequest")
	record ReasonRequest(String reason) {
	}

	record StatsAnswer(String region, LocalDate from, LocalDate to, long inspected, long inspections, long notices,
			long answeredInTime, long closed, long overdue, long stops, long stopsLifted,
			Map<Aspect, Long> failedByAspect, List<InspectionFigures.Row> byZone, List<InspectionFigures.Row> byTeam,
			List<InspectionFigures.Row> byDay) {
	}

}
