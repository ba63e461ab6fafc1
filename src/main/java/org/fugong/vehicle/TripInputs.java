package org.fugong.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fugong.common.FieldProblem;
import org.fugong.common.IdNumbers;
import org.fugong.common.InvalidInputException;
import org.fugong.common.Plates;

/** A trip's input checked across its fields and normalised, before anything is saved. */
final class TripInputs {

	/** The longest a trip's window may be, as the longest validity of a pass. */
	static final Duration LONGEST_WINDOW = Duration.ofDays(30);

	private TripInputs() {
	}

	/** The input with the rules that span fields checked, and its text normalised. */
	static TripInput clean(TripInput input, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String plate = Plates.normalize(input.plate());
		if (plate == null || !Plates.isValid(plate)) {
			problems.add(new FieldProblem("plate", "vehicle.validation.plate.invalid"));
		}
		String idNumber = IdNumbers.normalize(input.driverIdNumber());
		if (idNumber == null || !IdNumbers.isValid(idNumber)) {
			problems.add(new FieldProblem("driverIdNumber", "vehicle.validation.idNumber.invalid"));
		}
		if (input.validFrom() == null) {
			problems.add(new FieldProblem("validFrom", "validation.required"));
		}
		if (input.validTo() == null) {
			problems.add(new FieldProblem("validTo", "validation.required"));
		}
		else if (!input.validTo().isAfter(now)) {
			problems.add(new FieldProblem("validTo", "vehicle.validation.window.over"));
		}
		if (input.validFrom() != null && input.validTo() != null) {
			if (!input.validTo().isAfter(input.validFrom())) {
				problems.add(new FieldProblem("validTo", "vehicle.validation.window.order"));
			}
			else if (Duration.between(input.validFrom(), input.validTo()).compareTo(LONGEST_WINDOW) > 0) {
				problems.add(new FieldProblem("validTo", "vehicle.validation.window.tooLong", LONGEST_WINDOW.toDays()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return new TripInput(plate, input.vehicleType(), strip(input.driverName()), strip(input.driverPhone()),
				idNumber, input.scope(), strip(input.origin()), strip(input.destination()), input.validFrom(),
				input.validTo(), strip(input.cargo()));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
