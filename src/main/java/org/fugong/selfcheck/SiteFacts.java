package org.fugong.selfcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the enterprise says of its site, deciding which items apply; a self-check
 * keeps the facts it was answered on.
 */
@Embeddable
public record SiteFacts(@Column(name = "staff_on_site") int staffOnSite,
		@Column(name = "has_dormitory") boolean hasDormitory, @Column(name = "has_canteen") boolean hasCanteen,
		@Column(name = "imported_goods") boolean importedGoods, @Column(name = "has_vehicles") boolean hasVehicles) {

	/** 一企一点三专员: from this many staff on site an enterprise runs its own sampling point. */
	public static final int SAMPLING_POINT_THRESHOLD = 100;

	/** The facts of a check nobody has answered yet: no staff, nothing on site. */
	static final SiteFacts NOTHING_SAID = new SiteFacts(0, false, false, false, false);

}
