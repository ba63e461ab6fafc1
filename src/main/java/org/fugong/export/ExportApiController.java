package org.fugong.export;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports/{list}.xlsx} with the list's filters: the file, or
 * 202 {@code {jobId}} for a large one, followed at {@code /exports/jobs/{jobId}}.
 */
@RestController
@RequestMapping("/api/v1/exports")
@RequiredArgsConstructor
class ExportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ExportService exports;

	@Operation(summary = "导出列表 · Export a list", description = "导出列表为 Excel；行数多时转为后台任务，答复 202 与任务地址。筛选条件与列表页相同，以查询参数传入（如 state、region、q）。")
	@ApiResponse(responseCode = "200", description = "Excel 文件 · the Excel file", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "202", description = "已转为后台任务，Location 为任务地址 · started as a job, see Location",
			content = @Content(mediaType = "application/json", schema = @Schema(example = "{\"jobId\": \"6934389d-a259-4314-a460-793b4611d95d\"}", type = "object")))
	@GetMapping("/{list}.xlsx")
	ResponseEntity<Map<String, String>> export(@AuthenticationPrincipal CurrentUser user, @PathVariable String list,
			@Parameter(hidden = true) @RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		ExportService.Prepared prepared = this.exports.prepare(user, list, params);
		if (this.exports.runsAsJob(prepared)) {
			String id = this.exports.start(user, prepared, locale);
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create("/api/v1/exports/jobs/" + id))
				.body(Map.of("jobId", id));
		}
		send(response, this.exports.filename(prepared, locale));
		this.exports.write(user, prepared, locale, response.getOutputStream());
		return null;
	}

	@Operation(summary = "导出任务状态 · Export job status", description = "后台导出任务的进度与结果。")
	@GetMapping("/jobs/{jobId}")
	ExportJobView job(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId) {
		return this.exports.job(user, jobId);
	}

	@Operation(summary = "下载导出文件 · Download an export", description = "下载已完成的导出文件。")
	@ApiResponse(responseCode = "200", description = "Excel 文件 · the Excel file", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/jobs/{jobId}/file")
	void file(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId, HttpServletResponse response)
			throws IOException {
		byte[] content = this.exports.file(user, jobId);
		send(response, this.exports.jobFilename(user, jobId));
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

	static void send(HttpServletResponse response, String filename) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
