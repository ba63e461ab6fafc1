package org.fugong.workforce.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: upload a roster or test-result CSV, follow the job's
 * progress (the page polls the API), then see and download the bad rows.
 */
@Controller
@RequiredArgsConstructor
class ImportController {

	private final ImportService imports;

	@GetMapping("/workforce/imports")
	String initUploadForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "kind", required = false) ImportKind kind, Model model) {
		return uploadView(user, (kind != null) ? kind : ImportKind.EMPLOYEES, null, model);
	}

	@PostMapping("/workforce/imports")
	String processUpload(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "kind", required = false) ImportKind kind,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		ImportKind what = (kind != null) ? kind : ImportKind.EMPLOYEES;
		if (file == null || file.isEmpty()) {
			return uploadView(user, what, "file.empty", model);
		}
		if (file.getSize() > WorkforceCsv.MAX_BYTES) {
			return uploadView(user, what, "workforce.import.file.tooLarge", model);
		}
		try {
			String jobId = this.imports.start(user, what, file.getBytes(), file.getOriginalFilename(),
					LocaleContextHolder.getLocale());
			return "redirect:/workforce/imports/" + jobId;
		}
		catch (InvalidInputException ex) {
			return uploadView(user, what, ex.messageKey(), model);
		}
	}

	@GetMapping("/workforce/imports/{jobId}")
	String job(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId, Model model) {
		model.addAttribute("job", this.imports.status(user, jobId));
		return "workforce/import-job";
	}

	@GetMapping("/workforce/imports/{jobId}/errors.csv")
	ResponseEntity<byte[]> errors(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String jobId) {
		return ImportApiController.errorsFile(this.imports, user, jobId);
	}

	@GetMapping("/workforce/imports/template.csv")
	ResponseEntity<byte[]> rosterTemplate() {
		return csv("roster-template.csv", WorkforceCsv.withBom(List.of(RosterImport.TEMPLATE_HEADER,
				List.of("张三", "310101199003071230", "13800138000", "总装车间", "生产", "驻厂", "1号宿舍楼 203"),
				List.of("李四", "310117198504120017", "13900139000", "行政部", "办公", "通勤", ""))));
	}

	@GetMapping("/workforce/imports/tests-template.csv")
	ResponseEntity<byte[]> testsTemplate() {
		String today = TimeFormat.today().toString();
		return csv("tests-template.csv", WorkforceCsv.withBom(List.of(TestImport.TEMPLATE_HEADER,
				List.of("310101199003071230", "", "", "抗原", "阴性", today + " 07:30"),
				List.of("", "李四", "13900139000", "核酸", "阴性", today + " 18:00"))));
	}

	@GetMapping("/workforce/imports/health-template.csv")
	ResponseEntity<byte[]> healthTemplate() {
		String today = TimeFormat.today().toString();
		return csv("health-template.csv", WorkforceCsv.withBom(List.of(HealthImport.TEMPLATE_HEADER,
				List.of("310101199003071230", "", "", today, "36.5", "", "无"),
				List.of("", "李四", "13900139000", today, "37.6", "咳嗽、乏力", "居家隔离"))));
	}

	private String uploadView(CurrentUser user, ImportKind kind, String fileError, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("fileError", fileError);
		model.addAttribute("recent", this.imports.recent(user, 10));
		return "workforce/imports";
	}

	private static ResponseEntity<byte[]> csv(String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
