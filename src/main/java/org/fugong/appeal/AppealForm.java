package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an enterprise files: {@code {type, subject, content, applicationId?}}; an
 * official logging a demand on an enterprise's behalf adds {@code enterpriseId}
 * and {@code channel} (ignored when an enterprise files).
 */
class AppealForm {

	@NotNull(message = "{validation.required}")
	private AppealType type;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String subject;

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{appeal.text.tooLong}")
	private String content;

	private Long applicationId;

	private Long enterpriseId;

	private AppealChannel channel;

	AppealInput toInput() {
		return new AppealInput(this.type, this.subject, this.content, this.applicationId);
	}

	public AppealType getType() {
		return this.type;
	}

	public void setType(AppealType type) {
		this.type = type;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public AppealChannel getChannel() {
		return this.channel;
	}

	public void setChannel(AppealChannel channel) {
		this.channel = channel;
	}

}
