package org.fugong.apidocs;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Declares the second shape of the request types that also take a line of text:
 * a class with a {@code public static valueOf(String)} is read by Jackson from a
 * string too (the sampling point's liaison as {@code "王五 13800000001"}), so each
 * property referring to it becomes {@code oneOf: [string, the object]}. It also
 * drops the {@code type: object} springdoc puts beside a {@code oneOf} of
 * non-objects ({@code @Schema(oneOf = { String.class, Boolean.class })}).
 */
@Component
@Order(4)
@RequiredArgsConstructor
class StringForms implements OpenApiCustomizer {

	private static final String PREFIX = "#/components/schemas/";

	private final SchemaNames names;

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		for (Schema<?> schema : api.getComponents().getSchemas().values()) {
			if (schema.getProperties() == null) {
				continue;
			}
			for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
				Schema<?> value = property.getValue();
				if (value.getOneOf() != null && "object".equals(value.getType())
						&& value.getOneOf().stream().noneMatch((s) -> "object".equals(s.getType()) || s.get$ref() != null)) {
					value.setType(null);
				}
				String ref = value.get$ref();
				if (ref != null && ref.startsWith(PREFIX) && readsFromText(this.names.classOf(ref.substring(PREFIX.length())))) {
					ComposedSchema either = new ComposedSchema();
					either.setOneOf(List.of(new StringSchema(), new Schema<>().$ref(ref)));
					property.setValue(either);
				}
			}
		}
	}

	private static boolean readsFromText(Class<?> type) {
		if (type == null || type.isEnum()) {
			return false;
		}
		try {
			Method valueOf = type.getDeclaredMethod("valueOf", String.class);
			return Modifier.isStatic(valueOf.getModifiers()) && Modifier.isPublic(valueOf.getModifiers())
					&& type.isAssignableFrom(valueOf.getReturnType());
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

}
