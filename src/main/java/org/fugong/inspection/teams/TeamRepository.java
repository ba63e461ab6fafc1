package org.fugong.inspection.teams;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<InspectionTeam, Long> {

	@Query("select distinct t from InspectionTeam t join t.members m where m = :username order by t.name")
	List<InspectionTeam> findByMember(@Param("username") String username);

	List<InspectionTeam> findByTownCodeInOrderByTownCodeAscNameAsc(Collection<String> towns);

	List<InspectionTeam> findAllByOrderByTownCodeAscNameAsc();

	Optional<InspectionTeam> findByTownCodeAndName(String townCode, String name);

	boolean existsByTownCode(String townCode);

}
