package org.fugong.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Declares on every operation the {@code application/problem+json} answers its
 * shape lets it give, with the one {@code ProblemDetail} schema that
 * {@code ApiExceptionHandler} and the security filters write: 401 and 403 unless
 * public, 400 with parameters or a body, 404 with an id in the path (or, unless
 * public, one in the body or a filter), 415 with a body, 409 and 422 on writes (a
 * stale version, an illegal step, a business rule), 413 and 507 on uploads, and on
 * every operation 429 (the sign-in and request throttles) and 503 (the database out
 * of reach).
 * An error a handler declares itself (e.g. {@code @ApiResponse(responseCode = "429")})
 * keeps its description and gets the same schema.
 */
@Component
@Order(2)
class ErrorAnswers implements OpenApiCustomizer {

	static final String PROBLEM = "ProblemDetail";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry("400", "请求有误：参数、请求体格式或取值不正确，errors 逐项说明 · bad request; errors names each field"),
			Map.entry("401", "未登录或凭据不正确 · not signed in"),
			Map.entry("403", "角色无权进行此操作，或缺少 CSRF 令牌 · forbidden for this role"),
			Map.entry("404", "记录不存在，或不在您的查看范围内 · not found or not visible to you"),
			Map.entry("409", "版本已过期或当前状态不允许此操作 · stale version or a conflicting state"),
			Map.entry("413", "文件过大 · file too large"), Map.entry("415", "不支持的请求体类型 · unsupported content type"),
			Map.entry("422", "不满足业务规则，errors 逐项说明 · a business rule is not met"),
			Map.entry("429", "尝试次数过多，请按 Retry-After 稍后再试 · too many requests; see Retry-After"),
			Map.entry("503", "数据库暂时无法连接，未做任何更改，请按 Retry-After 重试 · the database is out of reach; nothing changed"),
			Map.entry("507", "服务器存储空间不足，文件未保存 · the server has no room to keep the file"));

	@Override
	public void customise(OpenAPI api) {
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		api.setComponents(components);
		components.addSchemas(PROBLEM, ProblemSchema.problemDetail());
		components.addSchemas(ProblemSchema.FIELD_ERROR, ProblemSchema.fieldError());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach((item) -> item.readOperationsMap().forEach(this::declare));
	}

	private void declare(PathItem.HttpMethod method, Operation operation) {
		boolean isPublic = operation.getExtensions() != null && operation.getExtensions().remove(AllowedRoles.PUBLIC) != null;
		if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
			operation.setExtensions(null);
		}
		List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
		boolean hasBody = operation.getRequestBody() != null;
		boolean upload = hasBody && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().keySet().stream().anyMatch((type) -> type.startsWith("multipart/"));
		boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		ApiResponses responses = Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
		Map<String, ApiResponse> errors = new TreeMap<>();
		responses.forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				errors.put(code, response);
			}
		});
		if (hasBody || !parameters.isEmpty()) {
			errors.putIfAbsent("400", null);
		}
		if (!isPublic) {
			errors.putIfAbsent("401", null);
			errors.putIfAbsent("403", null);
		}
		if (parameters.stream().anyMatch((p) -> "path".equals(p.getIn())) || (!isPublic && (hasBody || !parameters.isEmpty()))) {
			// An id in the path, or one in the body or a filter (an enterprise, a region) that is not yours to see.
			errors.putIfAbsent("404", null);
		}
		if (hasBody) {
			errors.putIfAbsent("415", null);
		}
		if (write) {
			errors.putIfAbsent("409", null);
			errors.putIfAbsent("422", null);
		}
		if (upload) {
			errors.putIfAbsent("413", null);
			errors.putIfAbsent("507", null);
		}
		// Any call may meet the sign-in throttle (Basic credentials, unknown device tokens, registration,
		// the public keys) and a database out of reach: both answer a problem with Retry-After.
		errors.putIfAbsent("429", null);
		errors.putIfAbsent("503", null);
		Map<String, ApiResponse> ordered = new LinkedHashMap<>();
		responses.forEach((code, response) -> {
			if (!errors.containsKey(code)) {
				ordered.put(code, response);
			}
		});
		errors.forEach((code, declared) -> ordered.put(code, problem(code, declared)));
		ApiResponses result = new ApiResponses();
		result.putAll(ordered);
		operation.setResponses(result);
	}

	private static ApiResponse problem(String code, ApiResponse declared) {
		ApiResponse response = (declared != null) ? declared : new ApiResponse();
		if (response.getDescription() == null || response.getDescription().isBlank()
				|| response.getDescription().equals(defaultReason(code))) {
			response.setDescription(DESCRIPTIONS.getOrDefault(code, "错误 · error"));
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		return response;
	}

	private static String defaultReason(String code) {
		try {
			return org.springframework.http.HttpStatus.valueOf(Integer.parseInt(code)).getReasonPhrase();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
