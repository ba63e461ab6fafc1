package org.fugong.inspection.cases;

import org.fugong.inspection.JurisdictionRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JurisdictionRepository<UnapprovedCase> {

	@Query("""
			select c from UnapprovedCase c
			where (cast(:district as String) is null or c.districtCode = :district)
			  and (cast(:town as String) is null or c.townCode = :town)
			  and (:state is null or c.state = :state)
			  and (cast(:q as String) is null or lower(c.siteName) like lower(concat('%', cast(:q as String), '%'))
			       or lower(c.address) like lower(concat('%', cast(:q as String), '%')))
			""")
	Page<UnapprovedCase> search(@Param("district") String district, @Param("town") String town,
			@Param("state") CaseState state, @Param("q") String q, Pageable pageable);

}
