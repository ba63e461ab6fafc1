package org.fugong.apidocs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Describes every enum in the document with the Chinese labels the pages show
 * ({@code DRAFT：草稿；SUBMITTED：已提交…}). The labels are found in the Chinese
 * message bundles under the key prefix that names every constant
 * ({@code application.state.DRAFT} for {@code ApplicationState}), so a new enum
 * with labelled constants is described without hand work.
 */
@Component
class EnumLabels implements ModelConverter {

	private final Map<String, String> labels = new HashMap<>();

	private final Map<Class<?>, String> described = new HashMap<>();

	EnumLabels() {
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
				String name = bundle.getFilename();
				if (name == null || name.contains("_en") || name.contains("_zh")) {
					continue;
				}
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				properties.forEach((key, value) -> this.labels.put((String) key, (String) value));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		Class<?> raw = (type.getType() != null) ? Json.mapper().constructType(type.getType()).getRawClass() : null;
		if (schema != null && raw != null && raw.isEnum() && schema.getDescription() == null) {
			String description = describe(raw);
			if (description != null) {
				schema.setDescription(description);
			}
		}
		return schema;
	}

	synchronized String describe(Class<?> enumType) {
		return this.described.computeIfAbsent(enumType, this::find);
	}

	private String find(Class<?> enumType) {
		String[] constants = Arrays.stream(enumType.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toArray(String[]::new);
		String[] words = enumType.getSimpleName().split("(?<=[a-z])(?=[A-Z])");
		String best = null;
		int bestScore = -1;
		for (String key : this.labels.keySet()) {
			if (!key.endsWith("." + constants[0])) {
				continue;
			}
			String prefix = key.substring(0, key.length() - constants[0].length() - 1);
			if (Arrays.stream(constants).allMatch((c) -> this.labels.containsKey(prefix + "." + c))) {
				int score = (int) Arrays.stream(words).filter((w) -> prefix.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT))).count();
				if (score > bestScore || (score == bestScore && prefix.compareTo(best) < 0)) {
					best = prefix;
					bestScore = score;
				}
			}
		}
		if (best == null) {
			return null;
		}
		String prefix = best;
		return Arrays.stream(constants).map((c) -> c + "：" + this.labels.get(prefix + "." + c)).collect(Collectors.joining("；"));
	}

}
