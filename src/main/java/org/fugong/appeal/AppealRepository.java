package org.fugong.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppealRepository extends JpaRepository<Appeal, Long> {

	@Query("select a from Appeal a where a.id = :id and a.enterpriseId = :enterpriseId")
	Optional<Appeal> findOwn(@Param("id") long id, @Param("enterpriseId") long enterpriseId);

	/** In an official's jurisdiction; a town officer also sees what is assigned to them elsewhere. */
	@Query("""
			select a from Appeal a
			where a.id = :id
			  and (cast(:district as String) is null or a.districtCode = :district)
			  and (cast(:town as String) is null or a.townCode = :town or a.assignee = :username)
			""")
	Optional<Appeal> findInJurisdiction(@Param("id") long id, @Param("district") String district,
			@Param("town") String town, @Param("username") String username);

	@Query("""
			select a.id from Appeal a
			where a.state in (org.fugong.appeal.AppealState.ANSWERED, org.fugong.appeal.AppealState.RESOLVED)
			  and a.round.lastAnsweredAt < :before
			order by a.id
			""")
	List<Long> answeredBefore(@Param("before") Instant before);

	boolean existsByApplicationIdAndStateNot(long applicationId, AppealState state);

}
