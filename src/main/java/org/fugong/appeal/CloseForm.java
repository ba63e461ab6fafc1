package org.fugong.appeal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The enterprise's rating when it closes an item: {@code {satisfaction: 1..5, comment?}}.
 */
class CloseForm {

	@NotNull(message = "{appeal.satisfaction.range}")
	@Min(value = 1, message = "{appeal.satisfaction.range}")
	@Max(value = 5, message = "{appeal.satisfaction.range}")
	private Integer satisfaction;

	@Size(max = 500, message = "{appeal.comment.tooLong}")
	private String comment;

	public Integer getSatisfaction() {
		return this.satisfaction;
	}

	public void setSatisfaction(Integer satisfaction) {
		this.satisfaction = satisfaction;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
