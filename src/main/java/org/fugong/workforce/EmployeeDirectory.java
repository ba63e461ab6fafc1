package org.fugong.workforce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldCipher;
import org.fugong.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the enterprises' rosters ({@link Workforce}):
 * employees by id, their phones, a driver's identity, and where each stands
 * with the testing rule. The ID number leaves here in clear only for a driver.
 */
@Service
@RequiredArgsConstructor
class EmployeeDirectory implements Workforce {

	private final EmployeeRepository employees;

	private final FieldCipher cipher;

	private final TestStandings standings;

	@Override
	@Transactional(readOnly = true)
	public Optional<EmployeeSummary> find(long enterpriseId, long employeeId) {
		return this.employees.findByIdAndEnterpriseId(employeeId, enterpriseId).map(Employee::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DriverIdentity> driverIdentity(long enterpriseId, long employeeId) {
		return this.employees.findByIdAndEnterpriseId(employeeId, enterpriseId)
			.filter(Employee::isActive)
			.map((e) -> new DriverIdentity(e.getId(), e.getName(), e.getPhone(),
					this.cipher.decrypt(e.getIdNumberCipher())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployeeSummary> findAll(long enterpriseId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.employees.findByEnterpriseIdAndIdIn(enterpriseId, ids).stream().map(Employee::toSummary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployeeSummary> active(long enterpriseId) {
		return this.employees.findByEnterpriseIdAndActiveTrueOrderById(enterpriseId)
			.stream()
			.map(Employee::toSummary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> phones(long enterpriseId, Collection<Long> ids) {
		Map<Long, String> phones = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(ids), 5000)) {
			this.employees.findByEnterpriseIdAndIdIn(enterpriseId, chunk)
				.forEach((employee) -> phones.put(employee.getId(), employee.getPhone()));
		}
		return phones;
	}

	private static List<List<Long>> chunks(List<Long> ids, int size) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += size) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
		}
		return chunks;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, TestStatus> testStatuses(long enterpriseId, Instant at) {
		return this.standings.statuses(enterpriseId, at);
	}

	@Override
	@Transactional(readOnly = true)
	public TestStatus testStatus(long employeeId, Instant at) {
		Employee employee = this.employees.findById(employeeId)
			.orElseThrow(() -> new NotFoundException("employee"));
		return this.standings.status(employee.getEnterpriseId(), employeeId, at);
	}

	@Override
	@Transactional(readOnly = true)
	public TestStanding standing(long employeeId, Instant at) {
		// An employee nobody knows has no negative result either: fail closed, not with an error at the gate.
		return this.employees.findById(employeeId)
			.map((employee) -> this.standings.of(employee.getEnterpriseId(), employeeId, at))
			.orElse(TestStanding.OVERDUE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> latestStaffOnSite(Collection<Long> enterpriseIds) {
		Map<Long, Integer> onSite = new HashMap<>();
		if (enterpriseIds.isEmpty()) {
			return onSite;
		}
		for (Object[] row : this.employees.latestStaffOnSite(enterpriseIds)) {
			onSite.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
		}
		return onSite;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, TestStanding> standings(long enterpriseId, Instant at) {
		return this.standings.ofEnterprise(enterpriseId, at);
	}

}
