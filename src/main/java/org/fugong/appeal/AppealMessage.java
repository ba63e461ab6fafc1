package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of an appeal's conversation, or an official's internal note
 * ({@link Kind#NOTE}), which the enterprise never sees.
 */
@Entity
@Immutable
@Table(name = "appeal_message")
class AppealMessage {

	/** CONTENT is the filing itself, REPLY the enterprise's, ANSWER an official's; NOTE is internal. */
	enum Kind {

		CONTENT, REPLY, ANSWER, NOTE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "appeal_id")
	private long appealId;

	private Instant at;

	private String author;

	@Column(name = "author_role")
	private String authorRole;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String text;

	protected AppealMessage() {
	}

	AppealMessage(long appealId, Instant at, String author, String authorRole, Kind kind, String text) {
		this.appealId = appealId;
		this.at = at;
		this.author = author;
		this.authorRole = authorRole;
		this.kind = kind;
		this.text = text;
	}

	AppealDetail.Message toView() {
		return new AppealDetail.Message(this.at, this.author, this.authorRole, this.kind.name(), this.text);
	}

}
