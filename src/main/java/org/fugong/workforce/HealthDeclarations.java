package org.fugong.workforce;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask of the daily health declarations: whether an
 * employee is held (the latest declaration up to a day is abnormal, and stands
 * until a newer one), and the holder's own declaration through their pass link.
 */
public interface HealthDeclarations {

	/** Whether the employee's latest declaration dated up to {@code day} is abnormal. */
	boolean held(long employeeId, LocalDate day);

	/** The employees of the enterprise who are held on {@code day}, in one query. */
	Set<Long> heldOf(long enterpriseId, LocalDate day);

	/**
	 * Stores the holder's declaration for today (the pass module has found the
	 * employee by the holder's link); invalid input is a 400 with its fields.
	 */
	HealthDeclarationView declareByHolder(long enterpriseId, long employeeId, HealthEntry entry);

	/** The employee's declaration of that day, if any. */
	Optional<HealthDeclarationView> of(long employeeId, LocalDate day);

}
