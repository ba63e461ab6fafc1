package org.fugong.resumption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The enterprise's own sampling point (一企一点三专员): where, and the liaison,
 * sampler and scanner by name and phone.
 */
class SamplingPointForm {

	@Size(max = 300, message = "{validation.size.max300}")
	private String location;

	@Valid
	private SpecialistForm liaison = new SpecialistForm();

	@Valid
	private SpecialistForm sampler = new SpecialistForm();

	@Valid
	private SpecialistForm scanner = new SpecialistForm();

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public SpecialistForm getLiaison() {
		return this.liaison;
	}

	public void setLiaison(SpecialistForm liaison) {
		this.liaison = (liaison != null) ? liaison : new SpecialistForm();
	}

	public SpecialistForm getSampler() {
		return this.sampler;
	}

	public void setSampler(SpecialistForm sampler) {
		this.sampler = (sampler != null) ? sampler : new SpecialistForm();
	}

	public SpecialistForm getScanner() {
		return this.scanner;
	}

	public void setScanner(SpecialistForm scanner) {
		this.scanner = (scanner != null) ? scanner : new SpecialistForm();
	}

}
