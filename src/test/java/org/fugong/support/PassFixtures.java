package org.fugong.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.IdNumbers;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Employees made through the roster's API, as an enterprise makes them, for the pass tests. */
public final class PassFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 5000));

	private PassFixtures() {
	}

	/** A new employee of the enterprise; with a negative antigen test an hour ago when {@code tested}. */
	public static long employee(MockMvc mvc, UserDetails enterprise, String name, boolean tested) throws Exception {
		int n = SEQUENCE.incrementAndGet();
		String idNumber = IdNumbers.of("310117", LocalDate.of(1970, 1, 1).plusDays(n), n % 997);
		String answer = mvc.perform(post("/api/v1/employees").with(user(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "idNumber": "%s", "phone": "13900139000", "department": "生产部", "onSite": true}
					""".formatted(name, idNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		if (tested) {
			test(mvc, enterprise, id, "NEGATIVE", Instant.now().minus(Duration.ofHours(1)));
		}
		return id;
	}

	public static void test(MockMvc mvc, UserDetails enterprise, long employee, String result, Instant sampledAt)
			throws Exception {
		mvc.perform(post("/api/v1/employees/{id}/tests", employee).with(user(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"ANTIGEN\", \"result\": \"" + result + "\", \"sampledAt\": \"" + sampledAt + "\"}"))
			.andExpect(status().isCreated());
	}

}
