package org.fugong.resumption;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.web.FieldChecks.StaffCount;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The application as the enterprise writes it, on the page and in the API
 * ({@code POST /api/v1/applications}).
 */
@Schema(example = "{\"plannedResumeDate\": \"2027-01-04\", \"returningStaff\": 150, \"dormitoryBeds\": 40, \"closedLoop\": \"厂区与宿舍两点一线，专车接送\", \"notes\": \"首批复工\", \"samplingPoint\": {\"location\": \"一号门岗东侧\", \"liaison\": {\"name\": \"王五\", \"phone\": \"13800000001\"}, \"sampler\": \"赵六 13800000002\", \"scanner\": {\"name\": \"钱七\", \"phone\": \"13800000003\"}}}")
class ApplicationForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedResumeDate;

	@NotNull(message = "{validation.required}")
	@StaffCount
	private Integer returningStaff;

	@StaffCount
	private Integer returningProduction;

	@StaffCount
	private Integer returningOffice;

	@StaffCount
	private Integer livingOnSite;

	@StaffCount
	private Integer dormitoryBeds;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max2000}")
	@Schema(description = "闭环管理：说明文字，或 true/false · closed-loop management, as text or a boolean",
			oneOf = { String.class, Boolean.class })
	private String closedLoop;

	@Size(max = 1000, message = "{validation.size.max1000}")
	private String shifts;

	@Size(max = 1000, message = "{validation.size.max1000}")
	private String canteen;

	@Size(max = 2000, message = "{validation.size.max2000}")
	private String notes;

	@Valid
	private SamplingPointForm samplingPoint = new SamplingPointForm();

	private Long version;

	static ApplicationForm of(ApplicationView view) {
		ApplicationContent c = view.content();
		ApplicationForm form = new ApplicationForm();
		form.plannedResumeDate = c.plannedResumeDate();
		form.returningStaff = c.returningStaff();
		form.returningProduction = c.returningProduction();
		form.returningOffice = c.returningOffice();
		form.livingOnSite = c.livingOnSite();
		form.dormitoryBeds = c.dormitoryBeds();
		form.closedLoop = c.closedLoop();
		form.shifts = c.shifts();
		form.canteen = c.canteen();
		form.notes = c.notes();
		form.samplingPoint.setLocation(c.samplingLocation());
		form.samplingPoint.setLiaison(SpecialistForm.of(c.liaison()));
		form.samplingPoint.setSampler(SpecialistForm.of(c.sampler()));
		form.samplingPoint.setScanner(SpecialistForm.of(c.scanner()));
		form.version = view.header().version();
		return form;
	}

	/** Production and office staff, when both are given, add up to the returning staff. */
	boolean splitAddsUp() {
		return this.returningProduction == null || this.returningOffice == null || this.returningStaff == null
				|| this.returningProduction + this.returningOffice == this.returningStaff;
	}

	ApplicationContent toContent() {
		SamplingPointForm point = (this.samplingPoint != null) ? this.samplingPoint : new SamplingPointForm();
		return new ApplicationContent(this.plannedResumeDate, this.returningStaff, this.returningProduction,
				this.returningOffice, this.livingOnSite, (this.dormitoryBeds != null) ? this.dormitoryBeds : 0,
				this.closedLoop, blankToNull(this.shifts), blankToNull(this.canteen), blankToNull(this.notes),
				blankToNull(point.getLocation()), point.getLiaison().toSpecialist(), point.getSampler().toSpecialist(),
				point.getScanner().toSpecialist());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public LocalDate getPlannedResumeDate() {
		return this.plannedResumeDate;
	}

	public void setPlannedResumeDate(LocalDate plannedResumeDate) {
		this.plannedResumeDate = plannedResumeDate;
	}

	public Integer getReturningStaff() {
		return this.returningStaff;
	}

	public void setReturningStaff(Integer returningStaff) {
		this.returningStaff = returningStaff;
	}

	public Integer getReturningProduction() {
		return this.returningProduction;
	}

	public void setReturningProduction(Integer returningProduction) {
		this.returningProduction = returningProduction;
	}

	public Integer getReturningOffice() {
		return this.returningOffice;
	}

	public void setReturningOffice(Integer returningOffice) {
		this.returningOffice = returningOffice;
	}

	public Integer getLivingOnSite() {
		return this.livingOnSite;
	}

	public void setLivingOnSite(Integer livingOnSite) {
		this.livingOnSite = livingOnSite;
	}

	public Integer getDormitoryBeds() {
		return this.dormitoryBeds;
	}

	public void setDormitoryBeds(Integer dormitoryBeds) {
		this.dormitoryBeds = dormitoryBeds;
	}

	public String getClosedLoop() {
		return this.closedLoop;
	}

	public void setClosedLoop(String closedLoop) {
		this.closedLoop = closedLoop;
	}

	public String getShifts() {
		return this.shifts;
	}

	public void setShifts(String shifts) {
		this.shifts = shifts;
	}

	public String getCanteen() {
		return this.canteen;
	}

	public void setCanteen(String canteen) {
		this.canteen = canteen;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public SamplingPointForm getSamplingPoint() {
		return this.samplingPoint;
	}

	public void setSamplingPoint(SamplingPointForm samplingPoint) {
		this.samplingPoint = (samplingPoint != null) ? samplingPoint : new SamplingPointForm();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
