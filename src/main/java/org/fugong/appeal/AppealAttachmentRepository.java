package org.fugong.appeal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealAttachmentRepository extends JpaRepository<AppealAttachment, Long> {

	@Query("select a from AppealAttachment a where a.appealId = :appealId order by a.id")
	List<AppealAttachment> of(long appealId);

}
