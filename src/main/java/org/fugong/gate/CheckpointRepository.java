package org.fugong.gate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

	/** The checkpoints of a jurisdiction (null codes: everywhere), active first, by name. */
	@Query("""
			select c from Checkpoint c
			where (cast(:district as String) is null or c.districtCode = :district)
			  and (cast(:town as String) is null or c.regionCode = :town)
			order by c.active desc, c.name
			""")
	List<Checkpoint> inJurisdiction(@Param("district") String district, @Param("town") String town);

}
