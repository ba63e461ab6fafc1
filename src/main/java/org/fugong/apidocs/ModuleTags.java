package org.fugong.apidocs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * One tag per feature module, taken from the controller's package
 * ({@code org.fugong.workforce.imports} is tagged {@code workforce}), and the
 * document's list of tags with their descriptions from {@code apidocs/tags.properties}.
 */
@Component
@Order(0)
class ModuleTags implements OperationCustomizer, OpenApiCustomizer {

	private static final String ROOT = "org.fugong.";

	private final Properties descriptions = new Properties();

	ModuleTags() {
		try (Reader reader = new InputStreamReader(new ClassPathResource("apidocs/tags.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			this.descriptions.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		operation.setTags(List.of(module(handler.getBeanType().getPackageName())));
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			// A hand summary (@Operation) is expected; until then the method's name says what it does.
			operation.setSummary(String.join(" ", handler.getMethod().getName().split("(?<=[a-z])(?=[A-Z])")));
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI api) {
		TreeSet<String> used = new TreeSet<>();
		if (api.getPaths() != null) {
			api.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> used.addAll(Objects.requireNonNullElse(operation.getTags(), List.of()))));
		}
		api.setTags(used.stream().map((name) -> new Tag().name(name).description(description(name))).toList());
	}

	private String description(String module) {
		return this.descriptions.getProperty(module, "功能模块 " + module + " 的接口 · operations of the " + module + " module");
	}

	static String module(String packageName) {
		if (!packageName.startsWith(ROOT)) {
			return packageName;
		}
		String rest = packageName.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
