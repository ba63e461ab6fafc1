package org.fugong.inspection.teams;

import java.util.ArrayList;
import java.util.List;

/** Forming or changing a team: town, name, members (usernames, one per line or comma), leader, zones. */
class TeamForm {

	private String townCode;

	private String name;

	private String leader;

	private String members;

	private List<String> zones = new ArrayList<>();

	List<String> memberList() {
		if (this.members == null) {
			return List.of();
		}
		return List.of(this.members.split("[,，;；\\s]+")).stream().filter((m) -> !m.isBlank()).toList();
	}

	public String getTownCode() {
		return this.townCode;
	}

	public void setTownCode(String townCode) {
		this.townCode = townCode;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLeader() {
		return this.leader;
	}

	public void setLeader(String leader) {
		this.leader = leader;
	}

	public String getMembers() {
		return this.members;
	}

	public void setMembers(String members) {
		this.members = members;
	}

	public List<String> getZones() {
		return this.zones;
	}

	public void setZones(List<String> zones) {
		this.zones = zones;
	}

}
