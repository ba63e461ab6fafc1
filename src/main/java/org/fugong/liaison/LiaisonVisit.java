package org.fugong.liaison;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A visit the liaison logged: a record, never edited afterwards. */
@Entity
@Table(name = "liaison_visit")
class LiaisonVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assignmentId;

	private long enterpriseId;

	private String districtCode;

	private String townCode;

	private String officer;

	private LocalDate visitedOn;

	private String metWith;

	private String note;

	private int problemsFound;

	private int problemsSolved;

	private LocalDate followUpOn;

	private Instant createdAt;

	protected LiaisonVisit() {
	}

	LiaisonVisit(LiaisonAssignment assignment, VisitInput input, Instant createdAt) {
		this.assignmentId = assignment.getId();
		this.enterpriseId = assignment.getEnterpriseId();
		this.districtCode = assignment.getDistrictCode();
		this.townCode = assignment.getTownCode();
		this.officer = assignment.getOfficer();
		this.visitedOn = input.date();
		this.metWith = input.metWith();
		this.note = input.note();
		this.problemsFound = input.problemsFound();
		this.problemsSolved = input.problemsSolved();
		this.followUpOn = input.followUpOn();
		this.createdAt = createdAt;
	}

	VisitView toView(String officerName) {
		return new VisitView(this.id, this.visitedOn, this.officer, officerName, this.metWith, this.note,
				this.problemsFound, this.problemsSolved, this.followUpOn, this.createdAt);
	}

	String getOfficer() {
		return this.officer;
	}

	long getAssignmentId() {
		return this.assignmentId;
	}

}
