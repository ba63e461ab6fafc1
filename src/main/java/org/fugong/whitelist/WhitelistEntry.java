package org.fugong.whitelist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.whitelist.WhitelistChange.Action;

/**
 * An enterprise on one whitelist. Its status changes only through
 * {@link #suspend}, {@link #restore} and {@link #remove}, which refuse an illegal
 * transition and write the step into the entry's history.
 */
@Entity
@Table(name = "whitelist_entry")
class WhitelistEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "credit_code")
	private String creditCode;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	@Enumerated(EnumType.STRING)
	private WhitelistLevel level;

	private String batch;

	@Enumerated(EnumType.STRING)
	private WhitelistStatus status;

	@Enumerated(EnumType.STRING)
	private WhitelistSource source;

	private String reason;

	private Instant since;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "created_by")
	private String createdBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "entry_id", nullable = false, updatable = false)
	@OrderBy("createdAt, id")
	private List<WhitelistChange> changes = new ArrayList<>();

	protected WhitelistEntry() {
	}

	WhitelistEntry(Listing listing, WhitelistLevel level, String batch, WhitelistSource source, String reason,
			Instant since, String actor) {
		this.enterpriseId = listing.enterpriseId();
		this.enterpriseName = listing.enterpriseName();
		this.creditCode = listing.creditCode();
		this.districtCode = listing.districtCode();
		this.townCode = listing.townCode();
		this.level = level;
		this.batch = batch;
		this.source = source;
		this.status = WhitelistStatus.ACTIVE;
		this.reason = reason;
		this.since = since;
		this.createdBy = actor;
		this.updatedAt = Instant.now();
		this.changes.add(new WhitelistChange(this.updatedAt, actor, Action.ADDED, null, WhitelistStatus.ACTIVE, reason));
	}

	/** What the entry copies from the enterprise when it is listed. */
	record Listing(long enterpriseId, String enterpriseName, String creditCode, String districtCode,
			String townCode) {
	}

	void suspend(String reason, String actor) {
		require(this.status == WhitelistStatus.ACTIVE, WhitelistStatus.SUSPENDED);
		move(Action.SUSPENDED, WhitelistStatus.SUSPENDED, reason, actor);
	}

	void restore(String reason, String actor) {
		require(this.status == WhitelistStatus.SUSPENDED, WhitelistStatus.ACTIVE);
		move(Action.RESTORED, WhitelistStatus.ACTIVE, reason, actor);
	}

	void remove(String reason, String actor) {
		require(this.status != WhitelistStatus.REMOVED, WhitelistStatus.REMOVED);
		move(Action.REMOVED, WhitelistStatus.REMOVED, reason, actor);
	}

	private void require(boolean allowed, WhitelistStatus target) {
		if (!allowed) {
			throw new IllegalStateException(
					"Whitelist entry " + this.id + " cannot go from " + this.status + " to " + target);
		}
	}

	private void move(Action action, WhitelistStatus target, String reason, String actor) {
		Instant now = Instant.now();
		this.changes.add(new WhitelistChange(now, actor, action, this.status, target, reason));
		this.status = target;
		this.reason = reason;
		this.updatedAt = now;
	}

	WhitelistEntryView toView() {
		return new WhitelistEntryView(this.id, this.enterpriseId, this.enterpriseName, this.creditCode,
				this.districtCode, this.townCode, this.level, this.batch, this.status, this.source, this.reason,
				this.since, this.updatedAt, this.version);
	}

	List<WhitelistChangeView> history() {
		return this.changes.stream().map(WhitelistChange::toView).toList();
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	WhitelistLevel getLevel() {
		return this.level;
	}

	WhitelistStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
