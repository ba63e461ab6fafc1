package org.fugong.inspection.teams;

import java.util.List;

/** A team with its members (usernames) and zones (grid codes). */
public record TeamView(long id, String name, String townCode, String leader, List<String> members,
		List<String> zones) {
}
