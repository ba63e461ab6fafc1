package org.fugong.inspection.teams;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

/** An inspection team of a town: town officers as members, one or more grid zones to cover. */
@Entity
@Table(name = "inspection_team")
class InspectionTeam extends AuditedEntity {

	private String name;

	@Column(name = "town_code")
	private String townCode;

	private String leader;

	@ElementCollection
	@CollectionTable(name = "inspection_team_member", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "username")
	private Set<String> members = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "inspection_team_zone", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "grid_code")
	private Set<String> zones = new LinkedHashSet<>();

	protected InspectionTeam() {
	}

	InspectionTeam(String name, String townCode, String leader, Set<String> members, Set<String> zones, String by,
			Instant at) {
		super(by, at);
		this.name = name;
		this.townCode = townCode;
		this.leader = leader;
		this.members.addAll(members);
		this.zones.addAll(zones);
	}

	void change(String leader, Set<String> members, Set<String> zones) {
		this.leader = leader;
		this.members.clear();
		this.members.addAll(members);
		this.zones.clear();
		this.zones.addAll(zones);
	}

	TeamView toView() {
		return new TeamView(getId(), this.name, this.townCode, this.leader, List.copyOf(this.members),
				this.zones.stream().sorted().toList());
	}

	String getName() {
		return this.name;
	}

	String getTownCode() {
		return this.townCode;
	}

	Set<String> getZones() {
		return this.zones;
	}

	Set<String> getMembers() {
		return this.members;
	}

}
