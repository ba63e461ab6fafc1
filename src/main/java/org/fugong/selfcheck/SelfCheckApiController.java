package org.fugong.selfcheck;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.web.FieldChecks.StaffCount;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/self-checks")
@RequiredArgsConstructor
class SelfCheckApiController {

	private final SelfCheckService checks;

	private final EnterpriseService enterprises;

	@Operation(summary = "自查模板 · Self-check template", description = "防疫自查的各项及要求。")
	@GetMapping("/template")
	TemplateResponse template(Locale locale) {
		CheckTemplate template = this.checks.template();
		return new TemplateResponse(template.version(), template.items()
			.stream()
			.map((i) -> new TemplateItem(i.code(), i.category(), i.text(locale), i.mandatory(), i.appliesWhen(),
					i.evidence(), i.guidanceCode()))
			.toList());
	}

	@Operation(summary = "提交防疫自查 · Submit a self-check", description = "以 JSON 提交自查结果；或以 multipart 提交：check 部件为同样的 JSON 文本，每个佐证文件一个 evidence-<项编号> 部件。")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CheckResponse> submit(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CheckRequest request) {
		return submit(user, request, Map.of());
	}

	/**
	 * The same check with evidence files: a {@code check} part holding the JSON
	 * above, and one part {@code evidence-<code>} per file.
	 */
	@Operation(summary = "提交防疫自查 · Submit a self-check", description = "以 JSON 提交自查结果；或以 multipart 提交：check 部件为同样的 JSON 文本，每个佐证文件一个 evidence-<项编号> 部件。")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CheckResponse> submitWithEvidence(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "自查内容：与 JSON 提交相同的 JSON 文本（部件类型 application/json 或文本） · the check as JSON text",
					schema = @Schema(type = "string")) @Valid @RequestPart("check") CheckRequest request,
			MultipartHttpServletRequest multipart) {
		Map<String, MultipartFile> evidence = new LinkedHashMap<>();
		multipart.getFileMap().forEach((name, file) -> {
			if (name.startsWith("evidence-")) {
				evidence.put(name.substring("evidence-".length()), file);
			}
		});
		return submit(user, request, evidence);
	}

	private ResponseEntity<CheckResponse> submit(CurrentUser user, CheckRequest request,
			Map<String, MultipartFile> evidence) {
		CheckTemplate template = this.checks.template();
		Map<String, SelfCheckService.AnswerInput> answers = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.answers().size(); i++) {
			AnswerRequest answer = request.answers().get(i);
			if (template.item(answer.code()).isEmpty()) {
				throw invalid("answers[" + i + "].code", "selfcheck.item.unknown");
			}
			if (!seen.add(answer.code())) {
				throw invalid("answers[" + i + "].code", "selfcheck.item.duplicate");
			}
			answers.put(answer.code(), new SelfCheckService.AnswerInput(answer.satisfied(), answer.note()));
		}
		int staff = (request.staffOnSite() != null) ? request.staffOnSite()
				: this.enterprises.profile(user, user.requireEnterpriseId()).staffCount();
		SiteFacts site = new SiteFacts(staff, Boolean.TRUE.equals(request.hasDormitory()),
				Boolean.TRUE.equals(request.hasCanteen()), Boolean.TRUE.equals(request.importedGoods()),
				Boolean.TRUE.equals(request.hasVehicles()));
		SelfCheckResult result = this.checks.submitComplete(user, site, answers, evidence);
		return ResponseEntity.created(URI.create("/api/v1/self-checks/" + result.id())).body(CheckResponse.of(result));
	}

	@Operation(summary = "自查历史 · Self-check history", description = "企业的历次自查。")
	@GetMapping
	List<CheckResponse> history(@AuthenticationPrincipal CurrentUser user) {
		return this.checks.history(user).stream().map(CheckResponse::of).toList();
	}

	@Operation(summary = "自查结果 · Show a self-check", description = "一次自查的各项结果。")
	@GetMapping("/{id}")
	CheckResponse result(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CheckResponse.of(this.checks.result(user, id));
	}

	private static BusinessRuleException invalid(String field, String key) {
		return new BusinessRuleException("selfcheck.invalid", List.of(new FieldProblem(field, key)));
	}

	record CheckRequest(@StaffCount Integer staffOnSite, Boolean hasDormitory, Boolean hasCanteen,
			Boolean importedGoods, Boolean hasVehicles,
			@NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max200}") List<@Valid AnswerRequest> answers) {
	}

	@Schema(name = "SelfCheckAnswerRequest")
	record AnswerRequest(@NotBlank(message = "{validation.required}") String code, Boolean satisfied,
			@Size(max = 1000, message = "{validation.size.max1000}") String note) {
	}

	record TemplateResponse(int version, List<TemplateItem> items) {
	}

	record TemplateItem(String code, CheckCategory category, String text, boolean mandatory, AppliesWhen appliesWhen,
			Evidence evidence, String guidance) {
	}

	record CheckResponse(long id, boolean passed, List<String> failed, Instant checkedAt, Instant validUntil,
			int templateVersion, List<Shortfall> shortfalls) {

		static CheckResponse of(SelfCheckResult result) {
			return new CheckResponse(result.id(), result.passed(),
					result.failed().stream().map((i) -> i.item().code()).toList(), result.checkedAt(),
					result.validUntil(), result.templateVersion(), result.failed()
						.stream()
						.map((i) -> new Shortfall(i.item().code(), i.shortfall(), i.item().guidanceCode()))
						.toList());
		}

	}

	record Shortfall(String code, String reason, String guidance) {
	}

}
