package org.fugong.outbreak;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutbreakRepository extends JpaRepository<OutbreakCase, Long> {

	/** The cases of a jurisdiction (null district and town: everywhere) or of one enterprise, sealed first. */
	@Query("""
			SELECT c FROM OutbreakCase c
			WHERE (:enterprise IS NULL OR c.enterpriseId = :enterprise)
			  AND (:district IS NULL OR c.districtCode = :district)
			  AND (:town IS NULL OR c.townCode = :town)
			  AND (:state IS NULL OR c.state = :state)
			ORDER BY CASE WHEN c.state = org.fugong.outbreak.OutbreakState.SEALED THEN 0 ELSE 1 END, c.sealedAt DESC, c.id DESC
			""")
	Page<OutbreakCase> search(Long enterprise, String district, String town, OutbreakState state, Pageable pageable);

	List<OutbreakCase> findByEnterpriseIdAndState(long enterpriseId, OutbreakState state);

	Optional<OutbreakCase> findFirstByEnterpriseIdAndState(long enterpriseId, OutbreakState state);

}
