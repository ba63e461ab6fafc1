package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.fugong.common.Problems;
import org.fugong.pass.PublicKeyView;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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

	private final DeviceTokens devices;

	private final Problems problems;

	private final MessageSource messages;

	private final Duration offlineMaxAge;

	GateApiController(GateService gate, DeviceTokens devices, Problems problems, MessageSource messages,
			@Value("${fugong.gate.offline-max-age:12h}") Duration offlineMaxAge) {
		this.gate = gate;
		this.devices = devices;
		this.problems = problems;
		this.messages = messages;
		this.offlineMaxAge = offlineMaxAge;
	}

	@Operation(summary = "核验通行码 · Verify a pass", description = "检查员扫码核验员工或车辆通行码，答复放行与否及原因。")
	@PostMapping("/verify")
	VerifyAnswer verify(@AuthenticationPrincipal CurrentUser guard, @Valid @RequestBody VerifyRequest request) {
		ScanAnswer answer = this.gate.verify(guard, request.qrText(), request.direction(), request.scanId());
		return VerifyAnswer.of(answer, this.messages, LocaleContextHolder.getLocale());
	}

	@Operation(summary = "同步离线扫码 · Sync offline scans", description = "上传离线期间的扫码记录。")
	@PostMapping("/scans/sync")
	GateService.SyncResult sync(@AuthenticationPrincipal CurrentUser guard,
			@RequestBody @Size(max = 5000) List<GateService.OfflineScan> scans) {
		return this.gate.sync(guard, scans);
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

	/** A device token for this phone (or a script): answered once; send it as {@code Authorization: Bearer …}. */
	@Operation(summary = "登记设备 · Register a device", description = "为检查员的设备签发设备令牌。")
	@PostMapping("/devices")
	ResponseEntity<Map<String, String>> device(@AuthenticationPrincipal CurrentUser guard,
			@RequestBody(required = false) DeviceRequest request) {
		String token = this.devices.issue(guard, (request != null) ? request.label() : null);
		return ResponseEntity.status(201).body(Map.of("token", token));
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

	record VerifyRequest(@NotBlank(message = "{validation.required}") @Size(max = 1000) String qrText,
			Direction direction, @NotBlank(message = "{gate.scanId.invalid}") @Size(max = 64) String scanId) {

		/** Whether the constraints above hold, checked without a validator (for {@link VerifyFastPath}). */
		static boolean isPlain(VerifyRequest request) {
			return request.qrText() != null && !request.qrText().isBlank() && request.qrText().length() <= 1000
					&& request.scanId() != null && !request.scanId().isBlank() && request.scanId().length() <= 64;
		}

	}

	record DeviceRequest(String label) {
	}

	/** The answer of API.md plus the reason in the reader's words. */
	record VerifyAnswer(String verdict, String reason, String reasonText, Object passType, String holder,
			String enterprise, Instant validFrom, Instant validTo, Object scope, Long passId, Instant scannedAt,
			Direction direction, long checkpointId, String checkpoint, boolean alreadyScanned, boolean duplicate,
			String flag) {

		static VerifyAnswer of(ScanAnswer answer, MessageSource messages, Locale locale) {
			return new VerifyAnswer(answer,
					messages.getMessage("gate.reason." + answer.reason(), null, answer.reason(), locale));
		}

		VerifyAnswer(ScanAnswer answer, String reasonText) {
			this(answer.verdict(), answer.reason(), reasonText, answer.passType(), answer.holder(), answer.enterprise(),
					answer.validFrom(), answer.validTo(), answer.scope(), answer.passId(), answer.scannedAt(),
					answer.direction(), answer.checkpointId(), answer.checkpoint(), answer.alreadyScanned(),
					answer.duplicate(), answer.flag());
		}

	}

}
