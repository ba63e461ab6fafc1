package org.fugong.inbox;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.inbox.Notification.NotificationView;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InboxService {

	private final NotificationRepository notifications;

	/**
	 * Writes a notice for an enterprise inside the caller's transaction: it exists
	 * exactly when the change it reports does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notifyEnterprise(long enterpriseId, String messageKey, List<String> args, String link) {
		this.notifications.save(new Notification(enterpriseId, null, messageKey, args, link));
	}

	/**
	 * Writes a notice for one official's account inside the caller's transaction
	 * (a new item in their district, an item assigned to them).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notifyUser(String username, String messageKey, List<String> args, String link) {
		this.notifications.save(new Notification(null, username, messageKey, args, link));
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return (user.enterpriseId() != null) ? this.notifications.countByEnterpriseIdAndReadAtIsNull(user.enterpriseId())
				: this.notifications.countByRecipientAndReadAtIsNull(user.getUsername());
	}

	@Transactional(readOnly = true)
	Page<NotificationView> list(CurrentUser user, Pageable pageable) {
		Page<Notification> page = (user.enterpriseId() != null)
				? this.notifications.findByEnterpriseIdOrderByCreatedAtDescIdDesc(user.enterpriseId(), pageable)
				: this.notifications.findByRecipientOrderByCreatedAtDescIdDesc(user.getUsername(), pageable);
		return page.map(Notification::toView);
	}

	/** Opens a notice: marks it read and answers where it points. */
	@Transactional
	String open(CurrentUser user, long id) {
		Notification notification = this.notifications.findById(id)
			.filter((n) -> n.isFor(user))
			.orElseThrow(() -> new NotFoundException("notification"));
		notification.markRead();
		String link = notification.toView().link();
		return (link != null && link.startsWith("/")) ? link : "/inbox";
	}

	@Transactional
	void markAllRead(CurrentUser user) {
		if (user.enterpriseId() != null) {
			this.notifications.markAllRead(user.enterpriseId(), Instant.now());
		}
		else {
			this.notifications.markAllReadFor(user.getUsername(), Instant.now());
		}
	}

}
