package org.fugong.inspection;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * The records of inspection (inspections, production stops, unapproved-resumption
 * cases) an official finds by id only within the jurisdiction: a district
 * official's district, a town officer's town; a null district or town sets no
 * bound. One query for all of them, each on its own table.
 *
 * @param <T> the record, with {@code districtCode} and {@code townCode}
 */
@NoRepositoryBean
public interface JurisdictionRepository<T> extends JpaRepository<T, Long> {

	@Query("""
			select r from #{#entityName} r
			where r.id = :id
			  and (cast(:district as String) is null or r.districtCode = :district)
			  and (cast(:town as String) is null or r.townCode = :town)
			""")
	Optional<T> findVisible(@Param("id") long id, @Param("district") String district, @Param("town") String town);

}
