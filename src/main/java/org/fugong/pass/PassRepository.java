package org.fugong.pass;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PassRepository extends JpaRepository<Pass, Long> {

	/**
	 * Passes of one enterprise or of a jurisdiction (null: any), filtered. The
	 * status filter reads EXPIRED off the end of validity: {@code active} keeps
	 * ACTIVE ones still in date, {@code expired} ACTIVE ones past it, {@code endsBefore}
	 * those in date that end before the given instant.
	 */
	@Query("""
			select p from Pass p
			where (:enterprise is null or p.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or p.districtCode = :district)
			  and (cast(:town as String) is null or p.townCode = :town)
			  and (:type is null or p.type = :type)
			  and (:employee is null or p.employeeId = :employee)
			  and (:stored is null or p.status = :stored)
			  and (cast(:validAfter as Instant) is null or p.validTo > :validAfter)
			  and (cast(:endedBy as Instant) is null or p.validTo <= :endedBy)
			  and (cast(:q as String) is null or p.holderName like :q or p.department like :q or p.shortCode = :code)
			""")
	Page<Pass> search(@Param("enterprise") Long enterprise, @Param("district") String district,
			@Param("town") String town, @Param("type") PassType type, @Param("employee") Long employee,
			@Param("stored") PassStatus stored, @Param("validAfter") Instant validAfter,
			@Param("endedBy") Instant endedBy, @Param("q") String q, @Param("code") String code, Pageable pageable);

	@Query("select p from Pass p where p.employeeId = :employee and p.status = 'ACTIVE' and p.validTo > :now")
	List<Pass> activeOfEmployee(@Param("employee") long employee, @Param("now") Instant now);

	@Query("""
			select distinct p.employeeId from Pass p
			where p.enterpriseId = :enterprise and p.type = 'WORKER' and p.status = 'ACTIVE' and p.validTo > :now
			""")
	List<Long> employeesHoldingActivePasses(@Param("enterprise") long enterprise, @Param("now") Instant now);

	@Query("select p from Pass p where p.enterpriseId = :enterprise and p.status = 'ACTIVE' and p.validTo > :now")
	List<Pass> activeOfEnterprise(@Param("enterprise") long enterprise, @Param("now") Instant now);

	@Query("select p.id from Pass p where p.status = 'REVOKED' and p.validTo > :now order by p.id")
	List<Long> revokedInDate(@Param("now") Instant now);

	Optional<Pass> findByHolderLinkHash(byte[] hash);

	Optional<Pass> findByTokenHash(byte[] hash);

	Optional<Pass> findByShortCode(String shortCode);

	List<Pass> findByIdInAndEnterpriseId(List<Long> ids, long enterpriseId);

}
