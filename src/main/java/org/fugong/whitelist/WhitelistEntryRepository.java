package org.fugong.whitelist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WhitelistEntryRepository extends JpaRepository<WhitelistEntry, Long> {

	/** The entries of a jurisdiction (null codes: any), filtered; {@code region} is a district or a town. */
	@Query("""
			select e from WhitelistEntry e
			where (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			  and (:level is null or e.level = :level)
			  and (:status is null or e.status = :status)
			  and (cast(:region as String) is null or e.districtCode = :region or e.townCode = :region)
			  and (cast(:batch as String) is null or e.batch = :batch)
			""")
	Page<WhitelistEntry> search(@Param("district") String district, @Param("town") String town,
			@Param("level") WhitelistLevel level, @Param("status") WhitelistStatus status,
			@Param("region") String region, @Param("batch") String batch, Pageable pageable);

	@Query("""
			select e from WhitelistEntry e
			where e.id = :id
			  and (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			""")
	Optional<WhitelistEntry> findInJurisdiction(@Param("id") long id, @Param("district") String district,
			@Param("town") String town);

	/** The batches of a jurisdiction, the latest listed first. */
	@Query("""
			select e.batch from WhitelistEntry e
			where (cast(:district as String) is null or e.districtCode = :district)
			  and (cast(:town as String) is null or e.townCode = :town)
			group by e.batch
			order by max(e.since) desc
			""")
	List<String> findBatches(@Param("district") String district, @Param("town") String town, Pageable pageable);

	@Query("""
			select e from WhitelistEntry e
			where e.enterpriseId = :enterpriseId and e.level = :level
			  and e.status <> org.fugong.whitelist.WhitelistStatus.REMOVED
			""")
	Optional<WhitelistEntry> findStanding(@Param("enterpriseId") long enterpriseId,
			@Param("level") WhitelistLevel level);

	@Query("""
			select e from WhitelistEntry e
			where e.enterpriseId = :enterpriseId and e.status <> org.fugong.whitelist.WhitelistStatus.REMOVED
			order by e.level, e.since desc
			""")
	List<WhitelistEntry> findStandingOf(@Param("enterpriseId") long enterpriseId);

	@Query("""
			select e from WhitelistEntry e
			where e.enterpriseId in :enterpriseIds and e.status <> org.fugong.whitelist.WhitelistStatus.REMOVED
			""")
	List<WhitelistEntry> findStandingOfAll(@Param("enterpriseIds") java.util.Collection<Long> enterpriseIds);

	@Query("""
			select distinct e.enterpriseId from WhitelistEntry e
			where e.status = org.fugong.whitelist.WhitelistStatus.SUSPENDED
			  and not exists (select 1 from WhitelistEntry a where a.enterpriseId = e.enterpriseId
			    and a.status = org.fugong.whitelist.WhitelistStatus.ACTIVE)
			""")
	List<Long> findSuspendedEnterprises();

	@Query("""
			select e.enterpriseId from WhitelistEntry e
			where e.level = :level and e.enterpriseId in :enterpriseIds
			  and e.status <> org.fugong.whitelist.WhitelistStatus.REMOVED
			""")
	List<Long> findListed(@Param("level") WhitelistLevel level,
			@Param("enterpriseIds") Collection<Long> enterpriseIds);

}
