package org.fugong.vehicle;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VehicleDriverRepository extends JpaRepository<VehicleDriver, Long> {

	/** A district's drivers; {@code q} is a LIKE pattern on the name. */
	@Query("""
			select d from VehicleDriver d
			where d.districtCode = :district
			  and (cast(:q as String) is null or d.name like cast(:q as String))
			""")
	Page<VehicleDriver> search(@Param("district") String district, @Param("q") String q, Pageable pageable);

	Optional<VehicleDriver> findByIdAndDistrictCode(long id, String districtCode);

	boolean existsByDistrictCodeAndIdHash(String districtCode, String idHash);

}
