package org.fugong.inspection.teams;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GridSiteRepository extends JpaRepository<GridSite, Long> {

	List<GridSite> findByGridCodeIn(Collection<String> gridCodes);

}
