package org.fugong.workforce.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roster and test-result imports over the API: a CSV as the body ({@code text/csv})
 * or as the multipart field {@code file} answers 202 with the job's id, which
 * {@code GET /api/v1/imports/{jobId}} follows.
 */
@RestController
@RequiredArgsConstructor
class ImportApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String ROSTER = "导入花名册 · Import the roster";

	private static final String ROSTER_TEXT = "以 CSV 或 Excel 批量导入员工；后台处理，答复 202 与任务地址。";

	private static final String TESTS = "导入检测结果 · Import test results";

	private static final String TESTS_TEXT = "批量导入检测结果；后台处理，答复 202 与任务地址。";

	private static final String HEALTH = "导入健康申报 · Import health declarations";

	private static final String HEALTH_TEXT = "批量导入员工每日健康申报（体温、症状、隔离状态）；同一员工同一天再次导入即更正；后台处理，答复 202 与任务地址。";

	private final ImportService imports;

	@Operation(summary = ROSTER, description = ROSTER_TEXT)
	@PostMapping(path = "/api/v1/employees/import", consumes = "text/csv")
	ResponseEntity<Map<String, String>> importRoster(@AuthenticationPrincipal CurrentUser user,
			@RequestBody(required = false) byte[] body) {
		return fromBody(user, ImportKind.EMPLOYEES, body);
	}

	@Operation(summary = ROSTER, description = ROSTER_TEXT)
	@PostMapping(path = "/api/v1/employees/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, String>> importRosterFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return fromFile(user, ImportKind.EMPLOYEES, file);
	}

	@Operation(summary = TESTS, description = TESTS_TEXT)
	@PostMapping(path = "/api/v1/tests/import", consumes = "text/csv")
	ResponseEntity<Map<String, String>> importTests(@AuthenticationPrincipal CurrentUser user,
			@RequestBody(required = false) byte[] body) {
		return fromBody(user, ImportKind.TESTS, body);
	}

	@Operation(summary = TESTS, description = TESTS_TEXT)
	@PostMapping(path = "/api/v1/tests/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, String>> importTestsFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return fromFile(user, ImportKind.TESTS, file);
	}

	@Operation(summary = HEALTH, description = HEALTH_TEXT)
	@PostMapping(path = "/api/v1/employees/health/import", consumes = "text/csv")
	ResponseEntity<Map<String, String>> importHealth(@AuthenticationPrincipal CurrentUser user,
			@RequestBody(required = false) byte[] body) {
		return fromBody(user, ImportKind.HEALTH, body);
	}

	@Operation(summary = HEALTH, description = HEALTH_TEXT)
	@PostMapping(path = "/api/v1/employees/health/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, String>> importHealthFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return fromFile(user, ImportKind.HEALTH, file);
	}

	@Operation(summary = "导入任务状态 · Import job status", description = "导入任务的进度与结果。")
	@GetMapping("/api/v1/imports/{jobId}")
	ImportStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId) {
		return this.imports.status(user, jobId);
	}

	@Operation(summary = "导入错误明细 · Import errors (CSV)", description = "未导入的行及原因（CSV）。")
	@ApiResponse(responseCode = "200", description = "CSV 文件 · the CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@GetMapping("/api/v1/imports/{jobId}/errors.csv")
	ResponseEntity<byte[]> errors(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String jobId) {
		return errorsFile(this.imports, user, jobId);
	}

	/** The bad rows as a file; even 50,000 of them are a few megabytes, so they are built in memory. */
	static ResponseEntity<byte[]> errorsFile(ImportService imports, CurrentUser user, String jobId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.writeErrors(user, jobId, out);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-errors-" + jobId + ".csv").build().toString())
			.body(out.toByteArray());
	}

	private ResponseEntity<Map<String, String>> fromBody(CurrentUser user, ImportKind kind, byte[] body) {
		return started(this.imports.start(user, kind, body, null, LocaleContextHolder.getLocale()));
	}

	private ResponseEntity<Map<String, String>> fromFile(CurrentUser user, ImportKind kind, MultipartFile file)
			throws IOException {
		byte[] content = content(file);
		return started(this.imports.start(user, kind, content, file.getOriginalFilename(),
				LocaleContextHolder.getLocale()));
	}

	private static byte[] content(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file.empty", List.of(new FieldProblem("file", "file.empty")));
		}
		if (file.getSize() > WorkforceCsv.MAX_BYTES) {
			throw new InvalidInputException("workforce.import.file.tooLarge",
					List.of(new FieldProblem("file", "workforce.import.file.tooLarge")));
		}
		return file.getBytes();
	}

	private static ResponseEntity<Map<String, String>> started(String jobId) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/v1/imports/" + jobId)
			.body(Map.of("jobId", jobId));
	}

}
