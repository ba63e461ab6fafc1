package org.fugong.appeal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealEventRepository extends JpaRepository<AppealEvent, Long> {

	@Query("select e from AppealEvent e where e.appealId = :appealId order by e.createdAt, e.id")
	List<AppealEvent> history(long appealId);

}
