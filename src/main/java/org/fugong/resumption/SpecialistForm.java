package org.fugong.resumption;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.fugong.common.MobilePhone;

/**
 * One of the three named specialists of a sampling point. The API accepts
 * {@code {"name": …, "phone": …}} or a plain string such as {@code "张三 13800138000"}.
 */
class SpecialistForm {

	private static final Pattern NAME_AND_PHONE = Pattern.compile("^\\s*(.*?)\\s*(1\\d{10})?\\s*$");

	@Size(max = 50, message = "{validation.size.max50}")
	private String name;

	@MobilePhone
	private String phone;

	public static SpecialistForm valueOf(String text) {
		SpecialistForm form = new SpecialistForm();
		Matcher matcher = NAME_AND_PHONE.matcher((text != null) ? text : "");
		if (matcher.matches()) {
			form.name = matcher.group(1).isBlank() ? null : matcher.group(1);
			form.phone = matcher.group(2);
		}
		return form;
	}

	static SpecialistForm of(ApplicationContent.Specialist specialist) {
		SpecialistForm form = new SpecialistForm();
		if (specialist != null) {
			form.name = specialist.name();
			form.phone = specialist.phone();
		}
		return form;
	}

	ApplicationContent.Specialist toSpecialist() {
		boolean empty = (this.name == null || this.name.isBlank()) && (this.phone == null || this.phone.isBlank());
		return empty ? null : new ApplicationContent.Specialist(blankToNull(this.name), blankToNull(this.phone));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
