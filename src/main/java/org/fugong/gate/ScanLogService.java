package org.fugong.gate;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.pass.PassService;
import org.fugong.pass.PassType;
import org.fugong.pass.PassView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officials read of the scan log: the scans at their jurisdiction's
 * checkpoints, the vehicles seen there and those inside, a vehicle's trace; and
 * a pass's scans for whoever may see the pass.
 */
@Service
@RequiredArgsConstructor
class ScanLogService {

	static final int INSIDE_LIMIT = 200;

	private final ScanQueries queries;

	private final PassService passes;

	@Transactional(readOnly = true)
	Page<ScanLine> search(CurrentUser official, ScanFilter filter, Pageable pageable) {
		return this.queries.search(jurisdiction(official), filter, pageable);
	}

	@Transactional(readOnly = true)
	ScanCounts counts(CurrentUser official, ScanFilter filter) {
		return this.queries.counts(jurisdiction(official), filter);
	}

	@Transactional(readOnly = true)
	Page<VehicleLine> vehicles(CurrentUser official, LocalDate from, LocalDate to, Pageable pageable) {
		return this.queries.vehicles(jurisdiction(official), from, to, pageable);
	}

	@Transactional(readOnly = true)
	List<VehicleInside> inside(CurrentUser official) {
		return this.queries.inside(jurisdiction(official), INSIDE_LIMIT);
	}

	/**
	 * A vehicle pass's trace: every scan where the official may see the pass (its
	 * enterprise lies in the jurisdiction); otherwise the scans at the
	 * jurisdiction's own checkpoints (a vehicle from elsewhere passing through);
	 * 404 when there are none.
	 */
	@Transactional(readOnly = true)
	Trace trace(CurrentUser official, long passId) {
		Jurisdiction jurisdiction = jurisdiction(official);
		PassView pass = null;
		try {
			pass = this.passes.find(official, passId);
		}
		catch (NotFoundException ex) {
			// Not the jurisdiction's pass: only what its checkpoints saw.
		}
		if (pass != null && pass.type() != PassType.VEHICLE) {
			throw new NotFoundException("vehicle");
		}
		List<ScanLine> scans = this.queries.trace(passId, (pass != null) ? null : jurisdiction);
		if (pass == null && (scans.isEmpty() || !"VEHICLE".equals(scans.get(0).passType()))) {
			throw new NotFoundException("vehicle");
		}
		String plate = (pass != null) ? pass.holder() : scans.get(0).holder();
		String enterprise = (pass != null) ? pass.enterpriseName() : scans.get(0).enterprise();
		return new Trace(passId, plate, enterprise, pass, scans);
	}

	/** A pass's last scans, newest first, for its own enterprise and the officials of its region (404 otherwise). */
	@Transactional(readOnly = true)
	List<ScanLine> ofPass(CurrentUser user, long passId) {
		this.passes.find(user, passId);
		return this.queries.ofPass(passId);
	}

	private static Jurisdiction jurisdiction(CurrentUser official) {
		if (!official.isOfficial()) {
			throw new AccessDeniedException("Only officials read the scan log");
		}
		return official.jurisdiction();
	}

	/** A vehicle's trace; {@code pass} is null when the pass is not the official's (only the jurisdiction's scans). */
	record Trace(long passId, String plate, String enterprise, PassView pass, List<ScanLine> scans) {
	}

}
