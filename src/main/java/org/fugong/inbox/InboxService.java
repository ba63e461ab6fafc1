package org.fugong.inbox;

import java.time.Instant;
import java.util.List;

import org.fugong.common.NotFoundException;
import org.fugong.inbox.Notification.NotificationView;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InboxService {

	private final NotificationRepository notifications;

	InboxService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/**
	 * Writes a notice for an enterprise inside the caller's transaction: it exists
	 * exactly when the change it reports does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notifyEnterprise(long enterpriseId, String messageKey, List<String> args, String link) {
		this.notifications.save(new Notification(enterpriseId, messageKey, args, link));
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return (user.enterpriseId() != null) ? this.notifications.countByEnterpriseIdAndReadAtIsNull(user.enterpriseId())
				: 0;
	}

	@Transactional(readOnly = true)
	Page<NotificationView> list(CurrentUser user, Pageable pageable) {
		return this.notifications
			.findByEnterpriseIdOrderByCreatedAtDescIdDesc(user.requireEnterpriseId(), pageable)
			.map(Notification::toView);
	}

	/** Opens a notice: marks it read and answers where it points. */
	@Transactional
	String open(CurrentUser user, long id) {
		Notification notification = this.notifications.findById(id)
			.filter((n) -> user.enterpriseId() != null && n.enterpriseId() == user.enterpriseId())
			.orElseThrow(() -> new NotFoundException("notification"));
		notification.markRead();
		String link = notification.toView().link();
		return (link != null && link.startsWith("/")) ? link : "/inbox";
	}

	@Transactional
	void markAllRead(CurrentUser user) {
		this.notifications.markAllRead(user.requireEnterpriseId(), Instant.now());
	}

}
