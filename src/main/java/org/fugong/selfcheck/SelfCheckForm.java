package org.fugong.selfcheck;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.fugong.common.web.FieldChecks.StaffCount;

/**
 * The self-check page: the site's facts, then one answer per item.
 */
class SelfCheckForm {

	@NotNull(message = "{validation.required}")
	@StaffCount
	private Integer staffOnSite;

	private boolean hasDormitory;

	private boolean hasCanteen;

	private boolean importedGoods;

	private boolean hasVehicles;

	private Map<String, AnswerForm> answers = new LinkedHashMap<>();

	static SelfCheckForm of(SelfCheckResult draft) {
		SelfCheckForm form = new SelfCheckForm();
		form.staffOnSite = draft.site().staffOnSite();
		form.hasDormitory = draft.site().hasDormitory();
		form.hasCanteen = draft.site().hasCanteen();
		form.importedGoods = draft.site().importedGoods();
		form.hasVehicles = draft.site().hasVehicles();
		for (SelfCheckResult.ItemResult item : draft.items()) {
			AnswerForm answer = new AnswerForm();
			answer.setSatisfied(item.satisfied());
			answer.setNote(item.note());
			form.answers.put(item.item().code(), answer);
		}
		return form;
	}

	SiteFacts site() {
		return new SiteFacts((this.staffOnSite != null) ? this.staffOnSite : 0, this.hasDormitory, this.hasCanteen,
				this.importedGoods, this.hasVehicles);
	}

	Map<String, SelfCheckService.AnswerInput> inputs() {
		Map<String, SelfCheckService.AnswerInput> inputs = new LinkedHashMap<>();
		this.answers.forEach((code, a) -> inputs.put(code, new SelfCheckService.AnswerInput(a.getSatisfied(), a.getNote())));
		return inputs;
	}

	public Integer getStaffOnSite() {
		return this.staffOnSite;
	}

	public void setStaffOnSite(Integer staffOnSite) {
		this.staffOnSite = staffOnSite;
	}

	public boolean isHasDormitory() {
		return this.hasDormitory;
	}

	public void setHasDormitory(boolean hasDormitory) {
		this.hasDormitory = hasDormitory;
	}

	public boolean isHasCanteen() {
		return this.hasCanteen;
	}

	public void setHasCanteen(boolean hasCanteen) {
		this.hasCanteen = hasCanteen;
	}

	public boolean isImportedGoods() {
		return this.importedGoods;
	}

	public void setImportedGoods(boolean importedGoods) {
		this.importedGoods = importedGoods;
	}

	public boolean isHasVehicles() {
		return this.hasVehicles;
	}

	public void setHasVehicles(boolean hasVehicles) {
		this.hasVehicles = hasVehicles;
	}

	public Map<String, AnswerForm> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, AnswerForm> answers) {
		this.answers = answers;
	}

}
