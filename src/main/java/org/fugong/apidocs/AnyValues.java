package org.fugong.apidocs;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Java {@code Object} (a field or map value whose type is decided at run time)
 * reaches the document as {@code type: object}, which refuses the strings, numbers
 * and lists it really holds; it is declared as any value instead.
 */
@Component
@Order(3)
class AnyValues implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
			api.getComponents().getSchemas().values().forEach((schema) -> open(schema, seen));
		}
		if (api.getPaths() != null) {
			api.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach((response) -> {
						if (response.getContent() != null) {
							response.getContent().values().forEach((media) -> open(media.getSchema(), seen));
						}
					});
				}
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach((media) -> open(media.getSchema(), seen));
				}
			}));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void open(Schema<?> schema, Set<Schema<?>> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (schema.getProperties() != null) {
			for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
				if (isBareObject(property.getValue())) {
					property.setValue(any(property.getValue()));
				}
				else {
					open(property.getValue(), seen);
				}
			}
		}
		if (isBareObject(schema.getItems())) {
			((Schema) schema).setItems(any(schema.getItems()));
		}
		else {
			open(schema.getItems(), seen);
		}
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			if (isBareObject(values)) {
				schema.setAdditionalProperties(any(values));
			}
			else {
				open(values, seen);
			}
		}
	}

	private static boolean isBareObject(Schema<?> schema) {
		return schema != null && "object".equals(schema.getType()) && schema.get$ref() == null
				&& schema.getProperties() == null && schema.getAdditionalProperties() == null && schema.getOneOf() == null
				&& schema.getAllOf() == null && schema.getAnyOf() == null;
	}

	private static Schema<?> any(Schema<?> bare) {
		return new Schema<>().description(bare.getDescription()).nullable(bare.getNullable());
	}

}
