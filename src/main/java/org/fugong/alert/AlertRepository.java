package org.fugong.alert;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AlertRepository extends JpaRepository<Alert, Long> {

	/** The alerts within a jurisdiction (a null code means any), newest first. */
	@Query(value = """
			SELECT a FROM Alert a
			WHERE (:district IS NULL OR a.districtCode = :district) AND (:town IS NULL OR a.townCode = :town)
			  AND (:state IS NULL OR a.state = :state) AND (:kind IS NULL OR a.kind = :kind)
			ORDER BY a.raisedAt DESC, a.id DESC
			""", countQuery = """
			SELECT count(a) FROM Alert a
			WHERE (:district IS NULL OR a.districtCode = :district) AND (:town IS NULL OR a.townCode = :town)
			  AND (:state IS NULL OR a.state = :state) AND (:kind IS NULL OR a.kind = :kind)
			""")
	Page<Alert> search(String district, String town, AlertState state, AlertKind kind, Pageable pageable);

	@Query("""
			SELECT a FROM Alert a
			WHERE a.id = :id AND (:district IS NULL OR a.districtCode = :district) AND (:town IS NULL OR a.townCode = :town)
			""")
	Optional<Alert> findWithin(long id, String district, String town);

}
