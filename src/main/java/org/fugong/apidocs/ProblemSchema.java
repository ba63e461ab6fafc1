package org.fugong.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The shape of every error answer (RFC 9457), as {@code Problems} builds it.
 */
final class ProblemSchema {

	static final String FIELD_ERROR = "FieldError";

	private ProblemSchema() {
	}

	static Schema<?> problemDetail() {
		Schema<?> schema = new ObjectSchema().description("错误说明（RFC 9457），标题与说明使用请求的语言 · "
				+ "an error in the caller's language (RFC 9457)");
		schema.addProperty("type", new StringSchema().description("问题类型 · problem type").example("about:blank"));
		schema.addProperty("title", new StringSchema().description("简短标题 · short title").example("提交的内容有误"));
		schema.addProperty("status", new IntegerSchema().format("int32").description("HTTP 状态码 · HTTP status").example(400));
		schema.addProperty("detail", new StringSchema().description("说明 · explanation").example("提交的内容有误，请按 errors 中的提示修改。"));
		schema.addProperty("instance", new StringSchema().description("出错的请求路径 · the request path"));
		schema.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
			.description("逐项的字段问题（400、409、422） · the fields at fault"));
		schema.setRequired(List.of("title", "status"));
		schema.setExample(Map.of("type", "about:blank", "title", "提交的内容有误", "status", 400, "detail",
				"提交的内容有误，请按 errors 中的提示修改。", "errors",
				List.of(Map.of("field", "industry", "message", "取值无效，可选值：AGRICULTURE, MINING, MANUFACTURING, …。"))));
		return schema;
	}

	static Schema<?> fieldError() {
		Schema<?> schema = new ObjectSchema().description("一个字段的问题 · the problem with one field");
		schema.addProperty("field", new StringSchema().description("字段路径，如 samplingPoint.liaison · the field's path"));
		schema.addProperty("message", new StringSchema().description("请求语言的说明 · message in the caller's language"));
		schema.setRequired(List.of("field", "message"));
		return schema;
	}

}
