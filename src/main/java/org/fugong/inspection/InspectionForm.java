package org.fugong.inspection;

import java.util.ArrayList;
import java.util.List;

/** The inspection form: one line per aspect (verdict and note); the photos come as files beside it. */
class InspectionForm {

	private Long enterpriseId;

	private Long followUpOf;

	private List<Line> aspects = new ArrayList<>();

	static InspectionForm of(long enterpriseId, Long followUpOf, List<Aspect> aspects) {
		InspectionForm form = new InspectionForm();
		form.setEnterpriseId(enterpriseId);
		form.setFollowUpOf(followUpOf);
		for (Aspect aspect : aspects) {
			Line line = new Line();
			line.setAspect(aspect);
			form.getAspects().add(line);
		}
		return form;
	}

	List<AspectInput> toInputs() {
		return this.aspects.stream().map((l) -> new AspectInput(l.getAspect(), l.getPassed(), l.getNote())).toList();
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public Long getFollowUpOf() {
		return this.followUpOf;
	}

	public void setFollowUpOf(Long followUpOf) {
		this.followUpOf = followUpOf;
	}

	public List<Line> getAspects() {
		return this.aspects;
	}

	public void setAspects(List<Line> aspects) {
		this.aspects = aspects;
	}

	public static class Line {

		private Aspect aspect;

		private Boolean passed;

		private String note;

		public Aspect getAspect() {
			return this.aspect;
		}

		public void setAspect(Aspect aspect) {
			this.aspect = aspect;
		}

		public Boolean getPassed() {
			return this.passed;
		}

		public void setPassed(Boolean passed) {
			this.passed = passed;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
