package org.fugong.apidocs;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Watches the names the document gives to the application's types: springdoc names
 * a schema after the class's simple name, so two classes called {@code ListItem}
 * would share one schema and one of them would be described wrongly. Such a clash is
 * reported ({@link #clashes()}, checked by the tests); the fix is
 * {@code @Schema(name = "…")} on one of the classes.
 */
@Component
class SchemaNames implements ModelConverter {

	private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

	private final Set<String> clashes = new TreeSet<>();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Class<?> raw = (type.getType() != null) ? Json.mapper().constructType(type.getType()).getRawClass() : null;
		if (raw != null && raw.getName().startsWith("org.fugong.") && !raw.isEnum()) {
			io.swagger.v3.oas.annotations.media.Schema declared = AnnotatedElementUtils.findMergedAnnotation(raw,
					io.swagger.v3.oas.annotations.media.Schema.class);
			String name = (declared != null && !declared.name().isEmpty()) ? declared.name() : raw.getSimpleName();
			Class<?> earlier = this.named.putIfAbsent(name, raw);
			if (earlier != null && earlier != raw) {
				synchronized (this.clashes) {
					this.clashes.add(name + ": " + earlier.getName() + " and " + raw.getName());
				}
			}
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

	/** The class of the application a schema is named after, if any. */
	Class<?> classOf(String schemaName) {
		return this.named.get(schemaName);
	}

	/** The schema names two classes of the application would share. */
	Set<String> clashes() {
		synchronized (this.clashes) {
			return Set.copyOf(this.clashes);
		}
	}

}
