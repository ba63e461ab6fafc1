package org.fugong.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Access as a table: one line per request ({@code METHOD path}), then the status
 * each of {@link #WHO} gets, in that order; lines starting with {@code #} are
 * comments. Paths may hold placeholders such as {@code {ent}} that the test
 * replaces with records it looked up. The last column, {@code jingxin}, is the
 * department officer (DEPARTMENT_OFFICER of 松江区经信委); a line that leaves it
 * out expects for it what the guard gets: like a guard, a department officer is
 * bound to a region without acting for it, so outside the pages of its own role
 * (the gate, the transferred demands) it is refused alike.
 */
public final class AccessTable {

	/** The columns: "-" is anonymous, then the demo accounts of {@code API.md}. */
	public static final List<String> WHO = List.of("-", "demo-ent", "xinqiao", "songjiang", "fengxian", "city",
			"guard1", "admin", "jingxin");

	private static final int GUARD = WHO.indexOf("guard1");

	private AccessTable() {
	}

	/** One case per cell: method, path, account, expected status. */
	public static Stream<Arguments> cases(String table) {
		List<Arguments> cases = new ArrayList<>();
		for (String line : table.strip().split("\n")) {
			if (line.startsWith("#")) {
				continue;
			}
			String[] cells = line.trim().split("\\s+");
			assertThat(cells.length).as(line).isBetween(1 + WHO.size(), 2 + WHO.size());
			for (int i = 0; i < WHO.size(); i++) {
				String cell = (2 + i < cells.length) ? cells[2 + i] : cells[2 + GUARD];
				cases.add(Arguments.of(cells[0], cells[1], WHO.get(i), Integer.parseInt(cell)));
			}
		}
		return cases.stream();
	}

	/**
	 * Sends one request as {@code who} and checks its status. Pages are asked for
	 * as a browser asks (so anonymous visitors are sent to the login page); a
	 * request other than GET or DELETE carries an empty body, so that one that
	 * gets through stops at validation and changes nothing.
	 */
	public static void check(MockMvc mvc, UserDetailsService users, String method, String path,
			Map<String, String> placeholders, String who, int expected) throws Exception {
		String target = path;
		for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
			target = target.replace(placeholder.getKey(), placeholder.getValue());
		}
		boolean api = path.startsWith("/api/");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), target).with(csrf());
		if (!api) {
			request.accept(MediaType.TEXT_HTML, MediaType.ALL);
		}
		if (!method.equals("GET") && !method.equals("DELETE")) {
			request.contentType(api ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
				.content(api ? "{}" : "");
		}
		if (!who.equals("-")) {
			request.with(user(users.loadUserByUsername(who)));
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("%s %s as %s", method, path, who).isEqualTo(expected);
	}

}
