package org.fugong.liaison;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiaisonMessageRepository extends JpaRepository<LiaisonMessage, Long> {

	List<LiaisonMessage> findByEnterpriseIdOrderBySentAtAscIdAsc(long enterpriseId);

}
