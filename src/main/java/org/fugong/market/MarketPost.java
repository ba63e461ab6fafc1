package org.fugong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.SearchTokens;
import org.fugong.enterprise.EnterpriseView;

/**
 * A supply or demand post. It is open until its enterprise closes it (fulfilled,
 * with the quantity met, or withdrawn) or its validity runs out; only the
 * guarded methods below change its state.
 */
@Entity
@Table(name = "market_post")
class MarketPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long enterpriseId;

	private String districtCode;

	private String townCode;

	private String industry;

	@Enumerated(EnumType.STRING)
	private PostKind kind;

	@Enumerated(EnumType.STRING)
	private PostCategory category;

	private String title;

	private String description;

	private BigDecimal quantity;

	private String unit;

	private String regionCode;

	private String cityCode;

	private LocalDate neededBy;

	private LocalDate availableFrom;

	private LocalDate validUntil;

	private LocalDate windowStart;

	private LocalDate windowEnd;

	@Enumerated(EnumType.STRING)
	private PostState state;

	private BigDecimal quantityMet;

	private Instant createdAt;

	private Instant closedAt;

	private String searchTokens;

	@Version
	private long version;

	protected MarketPost() {
	}

	MarketPost(EnterpriseView poster, PostInput input, String regionCode, String cityCode, Instant now,
			LocalDate today) {
		this.enterpriseId = poster.id();
		this.districtCode = poster.districtCode();
		this.townCode = poster.townCode();
		this.industry = poster.industry().name();
		this.kind = input.kind();
		this.category = input.category();
		this.title = input.title();
		this.description = input.description();
		this.quantity = input.quantity();
		this.unit = input.unit();
		this.regionCode = regionCode;
		this.cityCode = cityCode;
		this.neededBy = (input.kind() == PostKind.DEMAND) ? input.neededBy() : null;
		this.availableFrom = (input.kind() == PostKind.SUPPLY) ? input.availableFrom() : null;
		this.validUntil = input.validUntil();
		if (this.kind == PostKind.SUPPLY) {
			this.windowStart = (this.availableFrom != null) ? this.availableFrom : today;
			this.windowEnd = this.validUntil;
		}
		else {
			this.windowStart = today;
			this.windowEnd = (this.neededBy != null) ? this.neededBy : this.validUntil;
		}
		if (this.windowStart.isAfter(this.windowEnd)) {
			this.windowStart = this.windowEnd;
		}
		this.state = PostState.OPEN;
		this.createdAt = now;
		this.searchTokens = SearchTokens.ofDocument(this.title + " " + this.description + " " + this.unit);
	}

	void fulfil(BigDecimal quantityMet, Instant now) {
		requireOpen();
		this.state = PostState.FULFILLED;
		this.quantityMet = quantityMet;
		this.closedAt = now;
	}

	void withdraw(Instant now) {
		requireOpen();
		this.state = PostState.WITHDRAWN;
		this.closedAt = now;
	}

	void expire(Instant now) {
		requireOpen();
		this.state = PostState.EXPIRED;
		this.closedAt = now;
	}

	void requireOpen() {
		if (this.state != PostState.OPEN) {
			throw new PostTransitionException("market.post.notOpen");
		}
	}

	boolean isOwnedBy(Long enterpriseId) {
		return enterpriseId != null && enterpriseId == this.enterpriseId;
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

	String getIndustry() {
		return this.industry;
	}

	PostKind getKind() {
		return this.kind;
	}

	PostCategory getCategory() {
		return this.category;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	BigDecimal getQuantity() {
		return this.quantity;
	}

	String getUnit() {
		return this.unit;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	String getCityCode() {
		return this.cityCode;
	}

	LocalDate getNeededBy() {
		return this.neededBy;
	}

	LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	LocalDate getValidUntil() {
		return this.validUntil;
	}

	LocalDate getWindowStart() {
		return this.windowStart;
	}

	LocalDate getWindowEnd() {
		return this.windowEnd;
	}

	PostState getState() {
		return this.state;
	}

	BigDecimal getQuantityMet() {
		return this.quantityMet;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	long getVersion() {
		return this.version;
	}

}
