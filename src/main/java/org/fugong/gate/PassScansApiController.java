package org.fugong.gate;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A pass's scans (API.md): for its own enterprise and the officials of its region, 404 for anyone else. */
@RestController
@RequiredArgsConstructor
class PassScansApiController {

	private final ScanLogService scans;

	/** The last 500 scans, newest first. */
	@Operation(summary = "通行记录 · Scans of a pass", description = "一张通行证的扫码记录。")
	@GetMapping("/api/v1/passes/{id}/scans")
	List<PassScan> scans(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.scans.ofPass(user, id)
			.stream()
			.map((scan) -> new PassScan(scan.scannedAt(), scan.checkpoint(), scan.direction(), scan.verdict(),
					scan.reason(), scan.flag()))
			.toList();
	}

	record PassScan(Instant at, String checkpoint, Direction direction, String verdict, String reason, String flag) {
	}

}
