package org.fugong.workforce.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.web.FieldChecks.Count;
import org.fugong.common.web.FieldChecks.Percent;
import org.fugong.workforce.report.DailyReport.Figures;

/** Today's report on the page; the date is always today's. */
class DailyReportForm {

	@NotNull(message = "{validation.required}")
	@Count
	private Integer staffOnSite;

	@NotNull(message = "{validation.required}")
	@Percent
	private Integer capacityPercent;

	@NotNull(message = "{validation.required}")
	@Count
	private Integer antigenTested;

	@NotNull(message = "{validation.required}")
	@Count
	private Integer pcrSampled;

	@NotNull(message = "{validation.required}")
	@Count
	private Integer abnormal;

	@Size(max = 1000, message = "{validation.size.max1000}")
	private String problems;

	static DailyReportForm of(Figures figures) {
		DailyReportForm form = new DailyReportForm();
		form.staffOnSite = figures.staffOnSite();
		form.capacityPercent = figures.capacityPercent();
		form.antigenTested = figures.antigenTested();
		form.pcrSampled = figures.pcrSampled();
		form.abnormal = figures.abnormal();
		form.problems = figures.problems();
		return form;
	}

	Figures toFigures() {
		return new Figures(this.staffOnSite, this.capacityPercent, this.antigenTested, this.pcrSampled, this.abnormal,
				this.problems);
	}

	public Integer getStaffOnSite() {
		return this.staffOnSite;
	}

	public void setStaffOnSite(Integer staffOnSite) {
		this.staffOnSite = staffOnSite;
	}

	public Integer getCapacityPercent() {
		return this.capacityPercent;
	}

	public void setCapacityPercent(Integer capacityPercent) {
		this.capacityPercent = capacityPercent;
	}

	public Integer getAntigenTested() {
		return this.antigenTested;
	}

	public void setAntigenTested(Integer antigenTested) {
		this.antigenTested = antigenTested;
	}

	public Integer getPcrSampled() {
		return this.pcrSampled;
	}

	public void setPcrSampled(Integer pcrSampled) {
		this.pcrSampled = pcrSampled;
	}

	public Integer getAbnormal() {
		return this.abnormal;
	}

	public void setAbnormal(Integer abnormal) {
		this.abnormal = abnormal;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

}
