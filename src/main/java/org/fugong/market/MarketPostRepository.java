package org.fugong.market;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MarketPostRepository extends JpaRepository<MarketPost, Long> {

	@Query("SELECT p.id FROM MarketPost p WHERE p.state = org.fugong.market.PostState.OPEN AND p.validUntil < :today")
	List<Long> findExpired(LocalDate today);

	List<MarketPost> findByEnterpriseIdOrderByCreatedAtDescIdDesc(long enterpriseId);

	List<MarketPost> findByIdIn(java.util.Collection<Long> ids);

}
