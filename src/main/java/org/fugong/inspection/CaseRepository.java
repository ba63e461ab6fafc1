package org.fugong.inspection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<UnapprovedCase, Long> {

	@Query("""
			select c from UnapprovedCase c
			where (cast(:district as String) is null or c.districtCode = :district)
			  and (cast(:town as String) is null or c.townCode = :town)
			""")
	Page<UnapprovedCase> search(@Param("district") String district, @Param("town") String town, Pageable pageable);

}
