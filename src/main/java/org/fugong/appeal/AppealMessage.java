package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

import org.hibernate.annotations.Immutable;

/**
 * One line of an appeal's conversation, or an official's internal note
 * ({@link Kind#NOTE}), which the enterprise never sees.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "author"))
@AttributeOverride(name = "createdAt", column = @Column(name = "at"))
@Table(name = "appeal_message")
class AppealMessage extends AuditedEntity {

	/** CONTENT is the filing itself, REPLY the enterprise's, ANSWER an official's; NOTE is internal. */
	enum Kind {

		CONTENT, REPLY, ANSWER, NOTE

	}

	@Column(name = "appeal_id")
	private long appealId;

	@Column(name = "author_role")
	private String authorRole;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String text;

	protected AppealMessage() {
	}

	AppealMessage(long appealId, Instant at, String author, String authorRole, Kind kind, String text) {
		super(author, at);
		this.appealId = appealId;
		this.authorRole = authorRole;
		this.kind = kind;
		this.text = text;
	}

	AppealDetail.Message toView() {
		return new AppealDetail.Message(getCreatedAt(), getCreatedBy(), this.authorRole, this.kind.name(), this.text);
	}

}
