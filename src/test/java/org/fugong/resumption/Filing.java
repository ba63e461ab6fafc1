package org.fugong.resumption;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.SelfChecks;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files applications through the API for the tests of rounds, the reviewer's view
 * and escalation: a verified enterprise of 新桥镇 (松江区) with a passed self-check.
 */
final class Filing {

	static final String APPLICATION = """
			{"plannedResumeDate": "2027-01-04", "returningStaff": 150, "dormitoryBeds": 40,
			 "closedLoop": "厂区与宿舍两点一线，专车接送", "notes": "首批复工",
			 "samplingPoint": {"location": "一号门岗东侧", "liaison": {"name": "王五", "phone": "13800000001"},
			                   "sampler": {"name": "赵六", "phone": "13800000002"},
			                   "scanner": {"name": "钱七", "phone": "13800000003"}}}
			""";

	static final String[] KINDS = { "COMMITMENT", "PREVENTION_PLAN", "EMERGENCY_PLAN", "STAFF_LIST" };

	private Filing() {
	}

	static Registered readyEnterprise(MockMvc mvc) throws Exception {
		Registered ent = Registrations.register(mvc, "310117", "310117105");
		SelfChecks.pass(mvc, ent.username(), Registrations.PASSWORD);
		return ent;
	}

	/** A new application with its four materials (each file's bytes name its kind), submitted. */
	static long submitted(MockMvc mvc, Registered ent) throws Exception {
		String created = mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		for (String kind : KINDS) {
			upload(mvc, ent, id, kind, pdf(kind + " v1"));
		}
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent))).andExpect(status().isOk());
		return id;
	}

	static long upload(MockMvc mvc, Registered ent, long id, String kind, byte[] bytes) throws Exception {
		String body = mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
			.file(new MockMultipartFile("file", kind + ".pdf", "application/pdf", bytes))
			.param("kind", kind)
			.with(basic(ent))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** A small PDF whose bytes differ by {@code text}. */
	static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
	}

	static long version(MockMvc mvc, Registered ent, long id) throws Exception {
		String body = mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	static void decide(MockMvc mvc, RequestPostProcessor official, long id, String action, String opinion, long version)
			throws Exception {
		mvc.perform(post("/api/v1/applications/" + id + "/decisions").with(official)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"" + action + "\",\"version\":" + version
					+ ((opinion != null) ? ",\"opinion\":\"" + opinion + "\"" : "") + "}"))
			.andExpect(status().isOk());
	}

	static RequestPostProcessor basic(Registered ent) {
		return httpBasic(ent.username(), Registrations.PASSWORD);
	}

}
