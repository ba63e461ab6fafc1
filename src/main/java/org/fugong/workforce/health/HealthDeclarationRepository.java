package org.fugong.workforce.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HealthDeclarationRepository extends JpaRepository<HealthDeclaration, Long> {

	boolean existsByEnterpriseId(long enterpriseId);

	Optional<HealthDeclaration> findByEmployeeIdAndDeclaredOn(long employeeId, LocalDate declaredOn);

	Page<HealthDeclaration> findByEnterpriseIdAndEmployeeIdOrderByDeclaredOnDesc(long enterpriseId, long employeeId,
			Pageable pageable);

	@Query("""
			SELECT d.abnormal FROM HealthDeclaration d WHERE d.employeeId = :employeeId AND d.declaredOn <= :day
			ORDER BY d.declaredOn DESC LIMIT 1
			""")
	Optional<Boolean> latestAbnormal(long employeeId, LocalDate day);

	/** The employees whose latest declaration up to the day is abnormal (one row each, the latest). */
	@Query(value = """
			SELECT latest.employee_id FROM (
			  SELECT DISTINCT ON (d.employee_id) d.employee_id, d.abnormal FROM workforce_health_declaration d
			  WHERE d.enterprise_id = :enterpriseId AND d.declared_on <= :day
			  ORDER BY d.employee_id, d.declared_on DESC) latest
			WHERE latest.abnormal
			""", nativeQuery = true)
	List<Long> heldOf(long enterpriseId, LocalDate day);

}
