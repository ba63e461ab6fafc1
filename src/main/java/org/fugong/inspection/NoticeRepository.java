package org.fugong.inspection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<RectificationNotice, Long> {

	/**
	 * The notices of one enterprise (enterprise set) or of a jurisdiction (null
	 * codes: any), filtered by state, zone and team; overdue ones first.
	 */
	/**
	 * The notices of a jurisdiction that wait for the officials (answered, to be
	 * checked at the follow-up visit, or unanswered past their deadline) and, of
	 * those, the overdue ones.
	 */
	@Query("""
			select count(n) as waiting,
			       coalesce(sum(case when n.state = org.fugong.inspection.NoticeState.OVERDUE then 1 else 0 end), 0)
			         as overdue
			from RectificationNotice n
			where n.state in (org.fugong.inspection.NoticeState.ANSWERED, org.fugong.inspection.NoticeState.OVERDUE)
			  and (cast(:district as String) is null or n.districtCode = :district)
			  and (cast(:town as String) is null or n.townCode = :town)
			""")
	ReviewQueue reviewQueue(@Param("district") String district, @Param("town") String town);

	/** The two figures of {@link #reviewQueue}. */
	interface ReviewQueue {

		long getWaiting();

		long getOverdue();

	}

	@Query("""
			select n from RectificationNotice n
			where (:enterprise is null or n.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or n.districtCode = :district)
			  and (cast(:town as String) is null or n.townCode = :town)
			  and (cast(:grid as String) is null or n.gridCode = :grid)
			  and (:team is null or n.teamId = :team)
			  and (:state is null or n.state = :state)
			""")
	Page<RectificationNotice> search(@Param("enterprise") Long enterprise, @Param("district") String district,
			@Param("town") String town, @Param("grid") String grid, @Param("team") Long team,
			@Param("state") NoticeState state, Pageable pageable);

	@Query("""
			select n from RectificationNotice n
			where n.id = :id
			  and (:enterprise is null or n.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or n.districtCode = :district)
			  and (cast(:town as String) is null or n.townCode = :town)
			""")
	Optional<RectificationNotice> findVisible(@Param("id") long id, @Param("enterprise") Long enterprise,
			@Param("district") String district, @Param("town") String town);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from RectificationNotice n where n.id = :id")
	Optional<RectificationNotice> lockById(@Param("id") long id);

	@Query("select n from RectificationNotice n where n.state = org.fugong.inspection.NoticeState.OPEN and n.dueAt <= :now order by n.dueAt")
	List<RectificationNotice> findDue(@Param("now") Instant now);

	Optional<RectificationNotice> findByPreviousId(long previousId);

	/** The enterprises' notices still waiting for something, for the round. */
	@Query("""
			select n from RectificationNotice n
			where n.enterpriseId in :enterprises
			  and n.state in (org.fugong.inspection.NoticeState.OPEN, org.fugong.inspection.NoticeState.ANSWERED,
			                  org.fugong.inspection.NoticeState.OVERDUE)
			""")
	List<RectificationNotice> findPendingOf(@Param("enterprises") Collection<Long> enterprises);

	/** The enterprise's notices issued in the window before an instant, to find a repeated failure. */
	@Query("""
			select n from RectificationNotice n
			where n.enterpriseId = :enterprise and n.id <> :except
			  and n.issuedAt >= :from and n.issuedAt <= :to
			""")
	List<RectificationNotice> findIssuedBetween(@Param("enterprise") long enterprise, @Param("except") long except,
			@Param("from") Instant from, @Param("to") Instant to);

}
