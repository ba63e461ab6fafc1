package org.fugong.resumption;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResumptionRequestRepository extends JpaRepository<ResumptionRequest, Long> {

	@Query("""
			select r from ResumptionRequest r
			where r.id = :id
			  and (cast(:district as String) is null or r.districtCode = :district)
			  and (cast(:town as String) is null or r.townCode = :town)
			""")
	Optional<ResumptionRequest> findInJurisdiction(@Param("id") long id, @Param("district") String district,
			@Param("town") String town);

	@Query("select r from ResumptionRequest r where r.id = :id and r.enterpriseId = :enterpriseId")
	Optional<ResumptionRequest> findOwn(@Param("id") long id, @Param("enterpriseId") long enterpriseId);

	List<ResumptionRequest> findByEnterpriseIdOrderByCreatedAtDesc(long enterpriseId);

	/** Whether the enterprise has an application in progress (only one may be). */
	default boolean hasOpen(long enterpriseId) {
		return isAnyOpen(findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId));
	}

	static boolean isAnyOpen(List<ResumptionRequest> requests) {
		return requests.stream().anyMatch((r) -> !r.getState().isFinal());
	}

}
