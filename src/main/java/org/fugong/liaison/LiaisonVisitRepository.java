package org.fugong.liaison;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiaisonVisitRepository extends JpaRepository<LiaisonVisit, Long> {

	List<LiaisonVisit> findByEnterpriseIdOrderByVisitedOnDescIdDesc(long enterpriseId);

}
