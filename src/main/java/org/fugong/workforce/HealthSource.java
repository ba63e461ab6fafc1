package org.fugong.workforce;

/** How a health declaration came in: the roster page, the holder's own link, a CSV import, the API, the demo. */
public enum HealthSource {

	ROSTER, HOLDER, IMPORT, API, DEMO

}
