package org.fugong.workforce;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drivers are people with tests, like workers: a vehicle trip's driver who is on
 * the enterprise's roster (matched by the keyed hash of the ID number, the same
 * hash the vehicles module keeps) is tested by the roster's rule, and the trip's
 * pass carries that employee.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Drivers {

	private final EmployeeRepository employees;

	/** The active employee of the enterprise with this ID-number hash, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> onRoster(long enterpriseId, String idNumberHash) {
		return this.employees.findByEnterpriseIdAndIdNumberHash(enterpriseId, idNumberHash)
			.filter(Employee::isActive)
			.map(Employee::getId);
	}

}
