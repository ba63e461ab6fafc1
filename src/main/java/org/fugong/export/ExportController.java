package org.fugong.export;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export links of the pages: a small export downloads at once, a large one
 * opens its job's page, which shows the progress and then the download.
 */
@Controller
@RequiredArgsConstructor
class ExportController {

	private final ExportService exports;

	@GetMapping("/exports/{list}.xlsx")
	String export(@AuthenticationPrincipal CurrentUser user, @PathVariable String list,
			@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		ExportService.Prepared prepared = this.exports.prepare(user, list, params);
		if (this.exports.runsAsJob(prepared)) {
			return "redirect:/exports/jobs/" + this.exports.start(user, prepared, locale);
		}
		ExportApiController.send(response, this.exports.filename(prepared, locale));
		this.exports.write(user, prepared, locale, response.getOutputStream());
		return null;
	}

	@GetMapping("/exports/jobs/{jobId}")
	String job(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId, Model model) {
		model.addAttribute("job", this.exports.job(user, jobId));
		return "exports/job";
	}

	@GetMapping("/exports/jobs/{jobId}/file")
	void file(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId, HttpServletResponse response)
			throws IOException {
		byte[] content = this.exports.file(user, jobId);
		ExportApiController.send(response, this.exports.jobFilename(user, jobId));
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

}
