package org.fugong.workforce;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.IdNumbers;
import org.fugong.support.Registrations;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Test data for the workforce feature, made through the API as an enterprise would. */
public final class Workforces {

	private Workforces() {
	}

	/** A valid ID number that no other test is likely to use. */
	public static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
		return IdNumbers.of("3101" + String.format("%02d", 1 + random.nextInt(20)), birth, random.nextInt(1000));
	}

	public static String phone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	public static RequestPostProcessor as(Registrations.Registered enterprise) {
		return httpBasic(enterprise.username(), Registrations.PASSWORD);
	}

	public static long addEmployee(MockMvc mvc, Registrations.Registered enterprise, String name, String idNumber)
			throws Exception {
		String body = mvc.perform(post("/api/v1/employees").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "idNumber": "%s", "phone": "%s", "department": "总装车间", "onSite": true}
					""".formatted(name, idNumber, phone())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Waits until the import has ended and answers its status as JSON. */
	public static String awaitImport(MockMvc mvc, Registrations.Registered enterprise, String jobId) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			String body = mvc.perform(get("/api/v1/imports/" + jobId).with(as(enterprise)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!"RUNNING".equals(JsonPath.read(body, "$.state")) || System.currentTimeMillis() > deadline) {
				return body;
			}
			Thread.sleep(100);
		}
	}

}
