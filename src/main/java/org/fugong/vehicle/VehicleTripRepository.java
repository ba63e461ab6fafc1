package org.fugong.vehicle;

import java.util.List;
import java.util.Optional;

import org.fugong.pass.VehicleScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VehicleTripRepository extends JpaRepository<VehicleTrip, Long> {

	/**
	 * The trips of one enterprise (enterprise set) or of a jurisdiction (null codes:
	 * any), filtered; {@code plate} is a LIKE pattern.
	 */
	@Query("""
			select count(t) from VehicleTrip t
			where t.status = org.fugong.vehicle.TripStatus.PENDING
			  and (cast(:district as String) is null or t.districtCode = :district)
			  and (cast(:town as String) is null or t.townCode = :town)
			""")
	long countPending(@Param("district") String district, @Param("town") String town);

	@Query("""
			select t from VehicleTrip t
			where (:enterprise is null or t.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or t.districtCode = :district)
			  and (cast(:town as String) is null or t.townCode = :town)
			  and (:status is null or t.status = :status)
			  and (:scope is null or t.scope = :scope)
			  and (cast(:plate as String) is null or t.plate like cast(:plate as String))
			  and (:whitelisted is null or t.driver.whitelisted = :whitelisted)
			""")
	Page<VehicleTrip> search(@Param("enterprise") Long enterprise, @Param("district") String district,
			@Param("town") String town, @Param("status") TripStatus status, @Param("scope") VehicleScope scope,
			@Param("plate") String plate, @Param("whitelisted") Boolean whitelisted, Pageable pageable);

	@Query("""
			select t from VehicleTrip t
			where t.id = :id
			  and (:enterprise is null or t.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or t.districtCode = :district)
			  and (cast(:town as String) is null or t.townCode = :town)
			""")
	Optional<VehicleTrip> findVisible(@Param("id") long id, @Param("enterprise") Long enterprise,
			@Param("district") String district, @Param("town") String town);

	/** Rows of {@code [scope, status, trips, enterprises]} for a jurisdiction. */
	@Query("""
			select t.scope, t.status, count(t), count(distinct t.enterpriseId) from VehicleTrip t
			where (cast(:district as String) is null or t.districtCode = :district)
			  and (cast(:town as String) is null or t.townCode = :town)
			group by t.scope, t.status
			""")
	List<Object[]> figures(@Param("district") String district, @Param("town") String town);

	boolean existsByEnterpriseId(long enterpriseId);

	/** Flags or unflags the pending trips of a driver in a district when the driver whitelist changes. */
	@Modifying(flushAutomatically = true)
	@Query("""
			update VehicleTrip t set t.driver.whitelisted = :whitelisted
			where t.districtCode = :district and t.driver.idHash = :hash
			  and t.status = org.fugong.vehicle.TripStatus.PENDING
			""")
	int flagDriver(@Param("district") String district, @Param("hash") String hash,
			@Param("whitelisted") boolean whitelisted);

	boolean existsByPlate(String plate);

	List<VehicleTrip> findByPassIdIn(java.util.Collection<Long> passIds);

}
