package org.fugong.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "region")
class Region {

	@Id
	private String code;

	@Column(name = "parent_code")
	private String parentCode;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Region() {
	}

	RegionView toView() {
		return new RegionView(this.code, this.parentCode, this.name, this.nameEn, this.level, this.sortOrder);
	}

}
