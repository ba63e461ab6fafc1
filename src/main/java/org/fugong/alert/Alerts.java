package org.fugong.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.SmsOutbox;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts, once per cause, and tells the officials on duty. Other modules
 * call {@link #raise}; the cause key's unique constraint makes a retried or
 * concurrent raise of the same cause a no-op, so every officer is told once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Alerts {

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	/** An open alert nobody acknowledged goes up to the district after this. */
	static final Duration ESCALATE_AFTER = Duration.ofMinutes(30);

	static final String SMS_PURPOSE = "ALERT";

	private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcTemplate jdbc;

	private final EnterpriseService enterprises;

	private final DutyRoster duty;

	private final InboxService inbox;

	private final SmsOutbox sms;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Raises an alert about the enterprise unless one was raised for the same
	 * {@code causeKey} (unique within the kind) already; tells the town's officials
	 * on duty. Answers the new alert's id, or empty when the cause had one (or the
	 * enterprise is unknown). Joins the caller's transaction.
	 */
	@Transactional
	public Optional<Long> raise(AlertKind kind, long enterpriseId, String subject, String causeKey) {
		Optional<EnterpriseView> enterprise = this.enterprises.find(enterpriseId);
		if (enterprise.isEmpty()) {
			log.warn("No alert {} for unknown enterprise {}", kind, enterpriseId);
			return Optional.empty();
		}
		String key = kind.name() + ":" + causeKey;
		String text = (subject.length() > 200) ? subject.substring(0, 200) : subject;
		List<Long> inserted = this.jdbc.queryForList("""
				INSERT INTO alert (kind, enterprise_id, district_code, town_code, subject, cause_key, raised_at, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')
				ON CONFLICT (cause_key) DO NOTHING RETURNING id
				""", Long.class, kind.name(), enterpriseId, enterprise.get().districtCode(), enterprise.get().townCode(),
				text, key, Timestamp.from(this.clock.instant()));
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		long id = inserted.get(0);
		String region = (enterprise.get().townCode() != null) ? enterprise.get().townCode()
				: enterprise.get().districtCode();
		Role role = (enterprise.get().townCode() != null) ? Role.TOWN_OFFICER : Role.DISTRICT_OFFICIAL;
		tell(region, role, kind, enterprise.get().name(), text, "alert.notice.");
		return Optional.of(id);
	}

	/**
	 * Escalates to the district every alert still open {@link #ESCALATE_AFTER}
	 * after it was raised, once; answers how many. Rows are taken with
	 * {@code SKIP LOCKED}, so two instances never escalate one alert twice.
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.query("""
				SELECT id, kind, enterprise_id, district_code, subject FROM alert
				WHERE state = 'OPEN' AND escalated_at IS NULL AND raised_at <= ?
				ORDER BY raised_at LIMIT 200 FOR UPDATE SKIP LOCKED
				""", (rs, n) -> new Due(rs.getLong("id"), AlertKind.valueOf(rs.getString("kind")),
				rs.getLong("enterprise_id"), rs.getString("district_code"), rs.getString("subject")),
				Timestamp.from(now.minus(ESCALATE_AFTER)));
		for (Due alert : due) {
			this.jdbc.update("UPDATE alert SET escalated_at = ? WHERE id = ?", Timestamp.from(now), alert.id());
			String name = this.enterprises.find(alert.enterpriseId()).map(EnterpriseView::name).orElse("");
			tell(alert.districtCode(), Role.DISTRICT_OFFICIAL, alert.kind(), name, alert.subject(),
					"alert.escalated.");
		}
		return due.size();
	}

	/**
	 * An inbox notice to each official on duty today in the region (to every
	 * official of the role there when nobody is) and a text message to each duty phone.
	 */
	private void tell(String region, Role role, AlertKind kind, String enterpriseName, String subject,
			String prefix) {
		List<DutyEntry> onDuty = this.duty.onDutyToday(region);
		List<String> usernames = onDuty.isEmpty() ? this.duty.everyone(role, region)
				: onDuty.stream().map(DutyEntry::getUsername).distinct().toList();
		for (String username : usernames) {
			this.inbox.notifyUser(username, prefix + kind, List.of(enterpriseName, subject), "/alerts");
		}
		if (!onDuty.isEmpty()) {
			String body = this.messages.getMessage(prefix + "sms", new Object[] { enterpriseName,
					this.messages.getMessage("alert.kind." + kind, null, SMS_LOCALE), subject }, SMS_LOCALE);
			this.sms.enqueueAll(onDuty.stream().map(DutyEntry::getPhone).distinct().map((phone) -> new String[] { phone, body })
				.toList(), SMS_PURPOSE);
		}
	}

	private record Due(long id, AlertKind kind, long enterpriseId, String districtCode, String subject) {
	}

}
