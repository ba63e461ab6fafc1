package org.fugong.workforce;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the roster: passes are issued to employees, and
 * a worker pass verifies only while its holder's tests meet the district's rule.
 */
public interface Workforce {

	/** One employee of the enterprise, active or not; empty when it belongs to another enterprise. */
	Optional<EmployeeSummary> find(long enterpriseId, long employeeId);

	/** The employees of the enterprise among {@code ids}, in no particular order; others' are left out. */
	List<EmployeeSummary> findAll(long enterpriseId, Collection<Long> ids);

	/** The active employees of the enterprise, by id. */
	List<EmployeeSummary> active(long enterpriseId);

	/** The mobile phones of the enterprise's employees among {@code ids}, by id, to text them their pass links. */
	Map<Long, String> phones(long enterpriseId, Collection<Long> ids);

	/**
	 * The name, mobile phone and ID number of one active employee of the enterprise, to name them as
	 * the driver of a vehicle trip the enterprise registers; empty when inactive or another's.
	 */
	Optional<DriverIdentity> driverIdentity(long enterpriseId, long employeeId);

	/** How an employee's tests stand at {@code at} under the rule of the enterprise's district. */
	TestStanding standing(long employeeId, Instant at);

	/** The standing of an employee at {@code at}, with when it lapses by itself (see {@link TestStatus}). */
	TestStatus testStatus(long employeeId, Instant at);

	/** The test status of every active employee of the enterprise at {@code at}, in a few queries. */
	Map<Long, TestStatus> testStatuses(long enterpriseId, Instant at);

	/** The standing of every active employee of the enterprise at {@code at}, in a few queries. */
	Map<Long, TestStanding> standings(long enterpriseId, Instant at);

	/**
	 * The staff on site of each enterprise's latest daily report, by enterprise, in one
	 * query; enterprises that never reported are left out.
	 */
	Map<Long, Integer> latestStaffOnSite(Collection<Long> enterpriseIds);

}
