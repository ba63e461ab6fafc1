package org.fugong.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An epidemic-prevention guidance document, reference data shipped by migration.
 */
@Entity
@Immutable
@Table(name = "guidance")
class Guidance {

	@Id
	private Long id;

	private String code;

	private String title;

	@Column(name = "title_en")
	private String titleEn;

	private String summary;

	private String body;

	private String industries;

	@Column(name = "min_staff")
	private int minStaff;

	protected Guidance() {
	}

	GuidanceView toView() {
		return new GuidanceView(this.id, this.code, this.title, this.titleEn, this.summary, this.body,
				ConditionKind.list(this.industries), this.minStaff);
	}

}
