package org.fugong.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.gate.VehicleMovements;
import org.fugong.gate.VehicleMovements.QuarantinePoint;

import org.springframework.stereotype.Component;

/**
 * Checks the loop a trip names: the receiving enterprise must be a registered
 * enterprise (by id over the API, by credit code on the page, never free text);
 * the quarantine point one of the active quarantine points of the trip's
 * district or of the receiver's. A bad one is a 400 naming the field.
 */
@Component
@RequiredArgsConstructor
class TripRoutes {

	private final EnterpriseService enterprises;

	private final VehicleMovements movements;

	/** The quarantine points an enterprise of this district may name on its form. */
	List<QuarantinePoint> pointsFor(String districtCode) {
		return this.movements.quarantinePoints(districtCode);
	}

	/** The route of a trip of an enterprise in {@code districtCode}, checked. */
	TripRoute resolve(String districtCode, Long receiverEnterpriseId, Long quarantinePointId) {
		return resolve(districtCode, new RouteRequest(receiverEnterpriseId, null, quarantinePointId));
	}

	/** The same for a request naming the receiver by id (the API) or by credit code (the page). */
	TripRoute resolve(String districtCode, RouteRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		EnterpriseView receiver = null;
		String code = (request.receiverCreditCode() == null || request.receiverCreditCode().isBlank()) ? null
				: request.receiverCreditCode().strip().toUpperCase(Locale.ROOT);
		if (code != null) {
			receiver = this.enterprises.findByCreditCode(code).orElse(null);
			if (receiver == null) {
				problems.add(new FieldProblem("receiverCreditCode", "vehicle.receiver.unknown"));
			}
		}
		else if (request.receiverEnterpriseId() != null) {
			receiver = this.enterprises.find(request.receiverEnterpriseId()).orElse(null);
			if (receiver == null) {
				problems.add(new FieldProblem("receiverEnterpriseId", "vehicle.receiver.unknown"));
			}
		}
		Long quarantinePointId = request.quarantinePointId();
		QuarantinePoint point = null;
		if (quarantinePointId != null) {
			String receiverDistrict = (receiver != null) ? receiver.districtCode() : null;
			point = this.movements.quarantinePoint(quarantinePointId)
				.filter((p) -> p.districtCode().equals(districtCode) || p.districtCode().equals(receiverDistrict))
				.orElse(null);
			if (point == null) {
				problems.add(new FieldProblem("quarantinePointId", "vehicle.quarantinePoint.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return new TripRoute((receiver != null) ? receiver.id() : null, (receiver != null) ? receiver.name() : null,
				(point != null) ? point.id() : null, (point != null) ? point.name() : null);
	}

}
