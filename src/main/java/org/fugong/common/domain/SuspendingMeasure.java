package org.fugong.common.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.fugong.common.IdList;

/**
 * A measure the district takes against an enterprise (a production stop, an
 * outbreak seal) that suspends its whitelist entries. It keeps which entries it
 * suspended, so that lifting it restores exactly those and no entry suspended
 * for another reason; it is versioned, as two officials may act on it at once.
 */
@MappedSuperclass
public abstract class SuspendingMeasure extends EnterpriseOwned {

	@Column(name = "suspended_entries")
	@Convert(converter = IdList.class)
	private List<Long> suspendedEntries = List.of();

	@Version
	private long version;

	protected SuspendingMeasure() {
	}

	protected SuspendingMeasure(long enterpriseId, String enterpriseName, String districtCode, String townCode) {
		super(enterpriseId, enterpriseName, districtCode, townCode);
	}

	/** The whitelist entries this measure suspended (and its lifting restores). */
	public void suspended(List<Long> entries) {
		this.suspendedEntries = List.copyOf(entries);
	}

	public List<Long> suspendedEntries() {
		return (this.suspendedEntries != null) ? this.suspendedEntries : List.of();
	}

	public long getVersion() {
		return this.version;
	}

}
