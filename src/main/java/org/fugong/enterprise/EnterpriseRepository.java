package org.fugong.enterprise;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

	boolean existsByCreditCode(String creditCode);

	Optional<Enterprise> findByCreditCode(String creditCode);

	@Query("""
			select e from Enterprise e
			where e.id = :id
			  and (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			""")
	Optional<Enterprise> findInJurisdiction(@Param("id") long id, @Param("district") String district,
			@Param("town") String town);

	@Query("""
			select e from Enterprise e
			where (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			order by e.name, e.id
			""")
	java.util.List<Enterprise> findAllInJurisdiction(@Param("district") String district, @Param("town") String town);

	@Query("""
			select e from Enterprise e
			where (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			  and (cast(:q as String) is null or e.creditCode = upper(cast(:q as String))
			       or lower(e.name) like lower(concat('%', cast(:q as String), '%')))
			""")
	Page<Enterprise> searchInJurisdiction(@Param("district") String district, @Param("town") String town,
			@Param("q") String q, Pageable pageable);

	/** The officials' verification queue: one state, in a jurisdiction (the pageable sorts). */
	@Query("""
			select e from Enterprise e
			where e.verification = :state
			  and (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			  and (cast(:q as String) is null or e.creditCode = upper(cast(:q as String))
			       or lower(e.name) like lower(concat('%', cast(:q as String), '%'))
			       or lower(e.legalRepresentative) like lower(concat('%', cast(:q as String), '%')))
			""")
	Page<Enterprise> verificationQueue(@Param("state") Verification state, @Param("district") String district,
			@Param("town") String town, @Param("q") String q, Pageable pageable);

	@Query("""
			select count(e) from Enterprise e
			where e.verification = org.fugong.enterprise.Verification.PENDING
			  and (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			""")
	long countPending(@Param("district") String district, @Param("town") String town);

	@Query("select e.verification from Enterprise e where e.id = :id")
	Optional<Verification> verificationOf(@Param("id") long id);

}
