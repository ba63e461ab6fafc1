package org.fugong.dashboard;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** Formats the dashboard's numbers in templates, as {@code @figures}. */
@Component("figures")
public class Figures {

	/** {@code 0.8712} → {@code 87.1%}; no rate → {@code —}. */
	public String percent(Double fraction) {
		return (fraction == null) ? "—" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
	}

	public String number(Double value) {
		return (value == null) ? "—" : String.format(Locale.ROOT, "%.1f", value);
	}

}
