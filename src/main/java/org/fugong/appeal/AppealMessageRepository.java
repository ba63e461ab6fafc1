package org.fugong.appeal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppealMessageRepository extends JpaRepository<AppealMessage, Long> {

	@Query("select m from AppealMessage m where m.appealId = :appealId and m.kind in :kinds order by m.createdAt, m.id")
	List<AppealMessage> of(@Param("appealId") long appealId, @Param("kinds") Collection<AppealMessage.Kind> kinds);

}
