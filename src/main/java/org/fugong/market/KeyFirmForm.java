package org.fugong.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Flagging a key supply-chain firm: {@code {enterpriseId, chain}}, e.g. 集成电路. */
class KeyFirmForm {

	@NotNull(message = "{validation.required}")
	private Long enterpriseId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String chain;

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getChain() {
		return this.chain;
	}

	public void setChain(String chain) {
		this.chain = chain;
	}

}
