package org.fugong.market;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MarketTruckRepository extends JpaRepository<MarketTruck, Long> {

	List<MarketTruck> findByEnterpriseIdOrderByActiveDescIdAsc(long enterpriseId);

	Optional<MarketTruck> findByIdAndEnterpriseId(long id, long enterpriseId);

	boolean existsByPlateAndActiveTrue(String plate);

	/** The pool's trucks in the districts given (all districts when null), key firms' carriers not singled out. */
	@Query("""
			SELECT t FROM MarketTruck t
			WHERE t.active AND (:district IS NULL OR t.districtCode = :district)
			  AND (:town IS NULL OR t.baseTownCode = :town)
			ORDER BY t.capacityTons, t.id""")
	List<MarketTruck> pool(String district, String town);

	List<MarketTruck> findByIdIn(Collection<Long> ids);

}
