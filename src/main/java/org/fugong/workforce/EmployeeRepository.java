package org.fugong.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByIdAndEnterpriseId(long id, long enterpriseId);

	long countByEnterpriseId(long enterpriseId);

	Optional<Employee> findByEnterpriseIdAndIdNumberHash(long enterpriseId, String idNumberHash);

	List<Employee> findByEnterpriseIdAndIdIn(long enterpriseId, Collection<Long> ids);

	List<Employee> findByEnterpriseIdAndActiveTrueOrderById(long enterpriseId);

	/**
	 * The enterprise's employees, by a name or department fragment, a phone number
	 * (fragment), the last four characters of the ID number, or (when {@code hash} is
	 * given) the whole ID number.
	 */
	@Query("""
			select e from Employee e
			where e.enterpriseId = :enterpriseId
			  and (:active is null or e.active = :active)
			  and (cast(:q as String) is null
			       or lower(e.name) like lower(concat('%', cast(:q as String), '%'))
			       or lower(e.department) like lower(concat('%', cast(:q as String), '%'))
			       or e.phone like concat('%', cast(:q as String), '%')
			       or e.idNumberTail = upper(cast(:q as String))
			       or e.idNumberHash = cast(:hash as String))
			""")
	Page<Employee> search(@Param("enterpriseId") long enterpriseId, @Param("q") String q, @Param("hash") String hash,
			@Param("active") Boolean active, Pageable pageable);

	@Query("select e from Employee e where e.enterpriseId = :enterpriseId and e.active order by e.name, e.id")
	List<Employee> findActiveByName(@Param("enterpriseId") long enterpriseId, Pageable pageable);

	@Query(value = """
			SELECT DISTINCT ON (enterprise_id) enterprise_id, staff_on_site FROM daily_report
			WHERE enterprise_id IN (:ids) ORDER BY enterprise_id, report_date DESC
			""", nativeQuery = true)
	java.util.List<Object[]> latestStaffOnSite(@Param("ids") java.util.Collection<Long> enterpriseIds);

}
