package org.fugong.outbreak;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisinfectionRepository extends JpaRepository<Disinfection, Long> {

	List<Disinfection> findByCaseIdOrderByDoneAtAscIdAsc(long caseId);

	boolean existsByCaseId(long caseId);

}
