package org.fugong.gate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one check of what a gate phone sends, for the fast path and the
 * controller alike, before anything is verified or logged: a scan id of
 * {@code [A-Za-z0-9_-]{1,64}} (a UUID fits), a code of at most 1,000 characters,
 * an offline scan made within the offline window ({@code fugong.gate.offline-max-age},
 * 12 h) and not later than now plus the phones' clock skew
 * ({@code fugong.gate.clock-skew}, 5 min), and at most {@value #MAX_SYNC} scans a
 * sync. Bad input is a 400 naming each field at fault and changes nothing.
 */
@Component
class ScanInput {

	static final int MAX_SYNC = 500;

	static final int MAX_CODE = 1000;

	private final Clock clock;

	private final Duration offlineWindow;

	private final Duration clockSkew;

	ScanInput(Clock clock, @Value("${fugong.gate.offline-max-age:12h}") Duration offlineWindow,
			@Value("${fugong.gate.clock-skew:5m}") Duration clockSkew) {
		this.clock = clock;
		this.offlineWindow = offlineWindow;
		this.clockSkew = clockSkew;
	}

	/** A scan answered online: the code and the scan id. */
	void requireScan(String qrText, String scanId) {
		List<FieldProblem> problems = new ArrayList<>();
		code(problems, "qrText", qrText);
		scanId(problems, "scanId", scanId);
		reject(problems);
	}

	/** A sync: its size, then each scan's id, code and time (fields named {@code scans[i].scanId}). */
	void requireSync(List<GateService.OfflineScan> scans) {
		if (scans == null) {
			reject(List.of(new FieldProblem("scans", "validation.required")));
			return;
		}
		if (scans.size() > MAX_SYNC) {
			reject(List.of(new FieldProblem("scans", "gate.sync.tooMany", MAX_SYNC)));
		}
		Instant now = this.clock.instant();
		Instant earliest = now.minus(this.offlineWindow);
		Instant latest = now.plus(this.clockSkew);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < scans.size(); i++) {
			GateService.OfflineScan scan = scans.get(i);
			String at = "scans[" + i + "].";
			if (scan == null) {
				problems.add(new FieldProblem("scans[" + i + "]", "validation.required"));
				continue;
			}
			scanId(problems, at + "scanId", scan.scanId());
			code(problems, at + "qrText", scan.qrText());
			if (scan.scannedAt() == null) {
				problems.add(new FieldProblem(at + "scannedAt", "validation.required"));
			}
			else if (scan.scannedAt().isBefore(earliest)) {
				problems.add(new FieldProblem(at + "scannedAt", "gate.scannedAt.tooOld", this.offlineWindow.toHours()));
			}
			else if (scan.scannedAt().isAfter(latest)) {
				problems.add(new FieldProblem(at + "scannedAt", "gate.scannedAt.future", this.clockSkew.toMinutes()));
			}
		}
		reject(problems);
	}

	private static void code(List<FieldProblem> problems, String field, String qrText) {
		if (qrText == null || qrText.isBlank()) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (qrText.length() > MAX_CODE) {
			problems.add(new FieldProblem(field, "validation.size.max1000"));
		}
	}

	private static void scanId(List<FieldProblem> problems, String field, String scanId) {
		if (!isScanId(scanId)) {
			problems.add(new FieldProblem(field, "gate.scanId.invalid"));
		}
	}

	/** 1 to 64 of {@code A-Z a-z 0-9 _ -} (checked on every scan, so without a regular expression). */
	static boolean isScanId(String scanId) {
		if (scanId == null || scanId.isEmpty() || scanId.length() > 64) {
			return false;
		}
		for (int i = 0; i < scanId.length(); i++) {
			char c = scanId.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '-';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
	}

}
