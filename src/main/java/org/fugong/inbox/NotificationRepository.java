package org.fugong.inbox;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByEnterpriseIdOrderByCreatedAtDescIdDesc(long enterpriseId, Pageable pageable);

	long countByEnterpriseIdAndReadAtIsNull(long enterpriseId);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.enterpriseId = :enterpriseId and n.readAt is null")
	int markAllRead(long enterpriseId, Instant now);

	Page<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int markAllReadFor(String recipient, Instant now);

}
