package org.fugong.liaison;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message between an enterprise and its liaison, kept with the term it was written in. */
@Entity
@Table(name = "liaison_message")
class LiaisonMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long enterpriseId;

	private long assignmentId;

	private String author;

	private String authorName;

	private boolean fromOfficer;

	private String text;

	private Instant sentAt;

	protected LiaisonMessage() {
	}

	LiaisonMessage(LiaisonAssignment assignment, String author, String authorName, boolean fromOfficer, String text,
			Instant sentAt) {
		this.enterpriseId = assignment.getEnterpriseId();
		this.assignmentId = assignment.getId();
		this.author = author;
		this.authorName = authorName;
		this.fromOfficer = fromOfficer;
		this.text = text;
		this.sentAt = sentAt;
	}

	MessageView toView() {
		return new MessageView(this.id, this.sentAt, this.authorName, this.fromOfficer, this.text);
	}

}
