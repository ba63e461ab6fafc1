package org.fugong.market;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/** Closing one's own post: {@code {outcome: FULFILLED or WITHDRAWN, quantityMet?}}. */
@Schema(name = "MarketCloseForm")
class CloseForm {

	@NotNull(message = "{validation.required}")
	private PostState outcome;

	@DecimalMax(value = "999999999", message = "{market.quantity.tooLarge}")
	@Digits(integer = 12, fraction = 2, message = "{market.quantity.digits}")
	private BigDecimal quantityMet;

	public PostState getOutcome() {
		return this.outcome;
	}

	public void setOutcome(PostState outcome) {
		this.outcome = outcome;
	}

	public BigDecimal getQuantityMet() {
		return this.quantityMet;
	}

	public void setQuantityMet(BigDecimal quantityMet) {
		this.quantityMet = quantityMet;
	}

}
