package org.fugong.market;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new post, as the page's form and {@code POST /api/v1/market/posts} give it:
 * {@code {kind, category, title, description, quantity, unit, regionCode,
 * neededBy?, availableFrom?, validUntil}}. The region defaults to the poster's district.
 */
class PostForm {

	@NotNull(message = "{validation.required}")
	private PostKind kind;

	@NotNull(message = "{validation.required}")
	private PostCategory category;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max100}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max2000}")
	private String description;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.01", message = "{market.quantity.positive}")
	@DecimalMax(value = "999999999", message = "{market.quantity.tooLarge}")
	@Digits(integer = 12, fraction = 2, message = "{market.quantity.digits}")
	private BigDecimal quantity;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20, message = "{market.unit.tooLong}")
	private String unit;

	@Size(max = 12, message = "{market.region.invalid}")
	private String regionCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate neededBy;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate availableFrom;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	PostInput toInput() {
		return new PostInput(this.kind, this.category, this.title, this.description, this.quantity, this.unit,
				this.regionCode, this.neededBy, this.availableFrom, this.validUntil);
	}

	public PostKind getKind() {
		return this.kind;
	}

	public void setKind(PostKind kind) {
		this.kind = kind;
	}

	public PostCategory getCategory() {
		return this.category;
	}

	public void setCategory(PostCategory category) {
		this.category = category;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	public void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	public LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	public void setAvailableFrom(LocalDate availableFrom) {
		this.availableFrom = availableFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

}
