package org.fugong.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.fugong.support.ApiContract;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served document as an integrator reads it: every operation has a summary, a
 * tag of its module, the roles allowed, a success status and the ProblemDetail
 * errors it can answer; the shapes that take two forms say so. Also writes the
 * document for the linter that {@code mvn verify} runs.
 */
@IntegrationTest
class ApiDocumentTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Autowired
	WebApplicationContext context;

	private DocumentContext document;

	private Map<String, Map<String, Object>> paths;

	@BeforeEach
	void read() {
		this.document = JsonPath.parse(ApiContract.servedDocument(this.context));
		this.paths = this.document.read("$.paths");
	}

	@Test
	void everyOperationSaysWhatItIsWhoMayCallItAndHowItAnswers() {
		List<String> faults = new ArrayList<>();
		Set<String> tags = Set.copyOf(this.document.<List<String>>read("$.tags[*].name"));
		this.paths.forEach((path, item) -> item.forEach((method, value) -> {
			if (!METHODS.contains(method)) {
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> operation = (Map<String, Object>) value;
			String name = method.toUpperCase() + " " + path;
			@SuppressWarnings("unchecked")
			Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
			@SuppressWarnings("unchecked")
			List<String> operationTags = (List<String>) operation.get("tags");
			if (operation.get("summary") == null) {
				faults.add(name + ": no summary");
			}
			if (!String.valueOf(operation.get("description")).matches("(?s).*(允许的角色|无需登录).*")) {
				faults.add(name + ": the description does not name the roles");
			}
			if (operationTags == null || operationTags.size() != 1 || !tags.contains(operationTags.get(0))) {
				faults.add(name + ": not one defined tag");
			}
			if (responses.keySet().stream().noneMatch((code) -> code.startsWith("2"))) {
				faults.add(name + ": no success status");
			}
			if (responses.containsKey("default")) {
				faults.add(name + ": a default answer hides undeclared statuses");
			}
			responses.forEach((code, answer) -> {
				if (code.matches("[45]\\d\\d") && !String.valueOf(answer).contains("#/components/schemas/ProblemDetail")) {
					faults.add(name + ": " + code + " is not a ProblemDetail");
				}
			});
			if (!path.equals("/api/v1/regions") && !path.equals("/api/v1/pass-keys")
					&& !path.equals("/api/v1/enterprises/register") && !responses.containsKey("401")) {
				faults.add(name + ": 401 not declared");
			}
		}));
		assertThat(faults).isEmpty();
	}

	@Test
	void noTwoClassesShareASchemaName(@Autowired SchemaNames names) {
		assertThat(names.clashes()).isEmpty();
	}

	@Test
	void theProblemDetailNamesTheFieldsAtFault() {
		assertThat(this.document.<Map<String, Object>>read("$.components.schemas.ProblemDetail.properties"))
			.containsKeys("type", "title", "status", "detail", "errors");
		assertThat(this.document.<Map<String, Object>>read("$.components.schemas.FieldError.properties"))
			.containsKeys("field", "message");
	}

	@Test
	void shapesThatTakeTwoFormsDeclareBoth() {
		assertThat(this.document.<List<Object>>read("$.components.schemas.SamplingPointForm.properties.liaison.oneOf"))
			.hasSize(2);
		assertThat(this.document.<List<Object>>read("$.components.schemas.ApplicationForm.properties.closedLoop.oneOf"))
			.hasSize(2);
		assertThat(this.document.<String>read(
				"$.paths['/api/v1/self-checks'].post.requestBody.content['multipart/form-data'].schema.properties.check.type"))
			.isEqualTo("string");
	}

	@Test
	void enumsCarryTheirChineseLabels() {
		assertThat(this.document.<List<String>>read("$..properties.state.description")).anyMatch((d) -> d.contains("DRAFT：草稿"));
	}

	@Test
	void successStatusesComeFromTheCode() {
		assertThat(this.document.<Map<String, Object>>read("$.paths['/api/v1/applications'].post.responses"))
			.containsKey("201")
			.doesNotContainKey("200");
		assertThat(this.document.<Map<String, Object>>read("$.paths['/api/v1/drivers/{id}'].delete.responses"))
			.containsKey("204");
	}

}
