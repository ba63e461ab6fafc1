package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fugong.common.Problems;
import org.fugong.pass.PublicKeyView;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The gate endpoints of API.md, for guards (session on the phone, or a device token). */
@RestController
@RequestMapping("/api/v1/gate")
class GateApiController {

	private final GateService gate;

	private final Problems problems;

	private final VerifyDoor door;

	private final Duration offlineMaxAge;

	private final GateMetrics metrics;

	GateApiController(GateService gate, VerifyDoor door, Problems problems,
			@Value("${fugong.gate.offline-max-age:12h}") Duration offlineMaxAge, GateMetrics metrics) {
		this.gate = gate;
		this.door = door;
		this.problems = problems;
		this.offlineMaxAge = offlineMaxAge;
		this.metrics = metrics;
	}

	@Operation(summary = "核验通行码 · Verify a pass", description = "检查员扫码核验员工或车辆通行码，答复放行与否及原因。")
	@PostMapping("/verify")
	ScanAnswer verify(@AuthenticationPrincipal CurrentUser guard, @RequestBody VerifyDoor.ScanRequest request) {
		return this.door.answer(guard, request, LocaleContextHolder.getLocale(), GateMetrics.API);
	}

	@Operation(summary = "同步离线扫码 · Sync offline scans", description = "上传离线期间的扫码记录。")
	@PostMapping("/scans/sync")
	GateService.SyncResult sync(@AuthenticationPrincipal CurrentUser guard,
			@RequestBody List<GateService.OfflineScan> scans) {
		long start = System.nanoTime();
		GateService.SyncResult result = this.gate.sync(guard, scans);
		this.metrics.synced(result, start);
		return result;
	}

	@Operation(summary = "离线核验包 · Offline bundle", description = "离线核验所需的公钥、吊销名单与白名单。")
	@GetMapping("/offline-bundle")
	ResponseEntity<Map<String, Object>> offlineBundle(@AuthenticationPrincipal CurrentUser guard) {
		GateService.OfflineBundle bundle = this.gate.offlineBundle(guard, this.offlineMaxAge);
		List<PublicKeyView> keys = bundle.keys().stream().map(PublicKeyView::of).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("keys", keys, "revoked", bundle.revoked(), "suspended", bundle.suspended(), "issuedAt",
					bundle.issuedAt(), "maxAgeHours", bundle.maxAgeHours(), "checkpoint", bundle.checkpoint()));
	}

	/** The guard's checkpoint and the counts of the shift. */
	@Operation(summary = "当前卡口 · The guard's checkpoint", description = "检查员所在卡口及本班次的计数。")
	@GetMapping("/me")
	GateService.GuardShift me(@AuthenticationPrincipal CurrentUser guard) {
		return this.gate.shift(guard);
	}

	/** Nothing but an authenticated answer: the framework's own ceiling, for the load test to compare with. */
	@Operation(summary = "连通检查 · Ping", description = "只答复已认证，用于设备检查连通与压测对照。")
	@GetMapping("/ping")
	Map<String, Object> ping() {
		return Map.of("ok", true, "at", Instant.now());
	}

	@ExceptionHandler(GateService.ScanNotLoggedException.class)
	ResponseEntity<ProblemDetail> notLogged() {
		return ResponseEntity.status(503)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(this.problems.problem(503, "gate.notLogged", LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(ForgedScans.TooManyForgedScansException.class)
	ResponseEntity<ProblemDetail> tooManyForged() {
		return ResponseEntity.status(429)
			.header(HttpHeaders.RETRY_AFTER, ForgedScans.RETRY_AFTER_SECONDS)
			.body(this.problems.problem(429, "gate.forgedThrottled", LocaleContextHolder.getLocale()));
	}

}
