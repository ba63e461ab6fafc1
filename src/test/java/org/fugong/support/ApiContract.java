package org.fugong.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The contract test: every request an API test sends to {@code /api/**} and every
 * answer it gets are validated against the OpenAPI document the application serves,
 * fetched once per context. An undeclared status, field or shape fails the test
 * that caused it. The document is also written to {@code target/openapi/api-docs.json}
 * for the linter that {@code mvn verify} runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

	private static final java.util.Set<String> LENIENT = java.util.Set.of("validation.request.body.unexpected",
			"validation.request.body.schema.format.date-time");

	/** Where the served document is written for the linter. */
	public static final Path DOCUMENT = Path.of("target", "openapi", "api-docs.json");

	@Bean
	MockMvcBuilderCustomizer apiContractValidation(WebApplicationContext context) {
		ContractHandler handler = new ContractHandler(context);
		return (builder) -> builder.alwaysDo(handler);
	}

	/** The served document, read without the security filters (as an integrator's generator reads it). */
	public static String servedDocument(WebApplicationContext context) {
		try {
			String json = MockMvcBuilders.webAppContextSetup(context)
				.build()
				.perform(get("/v3/api-docs"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Files.createDirectories(DOCUMENT.getParent());
			Files.writeString(DOCUMENT, json);
			return json;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The OpenAPI document could not be read", ex);
		}
	}

	static final class ContractHandler implements ResultHandler {

		private final WebApplicationContext context;

		private volatile OpenApiInteractionValidator validator;

		ContractHandler(WebApplicationContext context) {
			this.context = context;
		}

		@Override
		public void handle(MvcResult result) throws IOException {
			MockHttpServletRequest request = result.getRequest();
			if (!request.getRequestURI().startsWith("/api/")) {
				return;
			}
			ValidationReport report = validator().validate(request(request), response(result.getResponse()));
			List<ValidationReport.Message> errors = report.getMessages()
				.stream()
				.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
				.filter((message) -> !(isMultipart(request) && message.getKey().startsWith("validation.request.body")))
				// The app is lenient where the document is strict (a body it ignores, a time without seconds):
				// a client that follows the document is served all the same.
				.filter((message) -> !LENIENT.contains(message.getKey()))
				// An error sent before any controller (415 on a path no handler consumes) is written by the
				// servlet container's error page, which MockMvc does not run: the body is missing only here.
				.filter((message) -> !("validation.response.body.missing".equals(message.getKey())
						&& result.getResolvedException() != null && result.getResponse().getContentLength() <= 0
						&& result.getResponse().getContentAsByteArray().length == 0))
				// A refused request may break the document (that is why it was refused); its answer may not.
				.filter((message) -> result.getResponse().getStatus() < 400 || !message.getKey().startsWith("validation.request"))
				.toList();
			if (!errors.isEmpty() && Boolean.getBoolean("contract.collect")) {
				// A survey run (-Dcontract.collect=true): every break is listed, none fails a test.
				Files.writeString(DOCUMENT.resolveSibling("breaks.txt"), request.getMethod() + " " + request.getRequestURI()
						+ " -> " + result.getResponse().getStatus() + "\n" + errors.stream().map((m) -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")) + "\n",
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			}
			else if (!errors.isEmpty()) {
				throw new AssertionError("The exchange " + request.getMethod() + " " + request.getRequestURI() + " -> "
						+ result.getResponse().getStatus() + " breaks the served OpenAPI document:\n"
						+ errors.stream().map((m) -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
						+ "\n  answer: " + result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			}
		}

		private OpenApiInteractionValidator validator() {
			if (this.validator == null) {
				synchronized (this) {
					if (this.validator == null) {
						this.validator = OpenApiInteractionValidator
							.createForInlineApiSpecification(servedDocument(this.context))
							.withStrictOperationPathMatching()
							.build();
					}
				}
			}
			return this.validator;
		}

		private static boolean isMultipart(MockHttpServletRequest request) {
			return request.getContentType() != null && request.getContentType().startsWith("multipart/");
		}

		private static Request request(MockHttpServletRequest request) {
			SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), request.getRequestURI());
			for (String name : Collections.list(request.getHeaderNames())) {
				builder.withHeader(name, Collections.list(request.getHeaders(name)));
			}
			if (request.getQueryString() != null) {
				for (String pair : request.getQueryString().split("&")) {
					String[] nameValue = pair.split("=", 2);
					builder.withQueryParam(decode(nameValue[0]), (nameValue.length > 1) ? decode(nameValue[1]) : "");
				}
			}
			else if (!isMultipart(request) && !MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(request.getContentType())) {
				request.getParameterMap().forEach((name, values) -> builder.withQueryParam(name, values));
			}
			byte[] body = request.getContentAsByteArray();
			if (body != null && body.length > 0 && !isMultipart(request)) {
				builder.withBody(body);
			}
			return builder.build();
		}

		private static Response response(MockHttpServletResponse response) {
			SimpleResponse.Builder builder = new SimpleResponse.Builder(response.getStatus());
			for (String name : response.getHeaderNames()) {
				builder.withHeader(name, response.getHeaders(name));
			}
			byte[] body = response.getContentAsByteArray();
			if (body.length > 0) {
				builder.withBody(body);
			}
			return builder.build();
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}

	}

}
