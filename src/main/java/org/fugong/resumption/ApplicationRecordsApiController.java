package org.fugong.resumption;

import java.nio.charset.StandardCharsets;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.resumption.RecordResponses.RoundResponse;
import org.fugong.security.CurrentUser;
import org.fugong.selfcheck.SubmittedSelfChecks.EvidenceFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications/{id}")
@RequiredArgsConstructor
class ApplicationRecordsApiController {

	private final ApplicationRecords records;

	@Operation(summary = "申请的提交轮次 · List an application's rounds",
			description = "每次提交冻结一轮：当时的申请内容与材料（提交后的文件不再删除，被替换的留在原轮次），"
					+ "与上一轮相比改动的字段与新增、撤下的材料，退回时要求补正的事项，以及本轮的办理结果。")
	@GetMapping("/rounds")
	List<RoundResponse> rounds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.records.rounds(user, id).stream().map(RoundResponse::of).toList();
	}

	@Operation(summary = "下载自查佐证材料 · Download a self-check evidence file",
			description = "申请提交时所附自查中某一项的佐证文件；{code} 为自查项编号。")
	@ApiResponse(responseCode = "200", description = "佐证文件 · the evidence file",
			content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/self-checks/{checkId}/evidence/{code}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long checkId, @PathVariable String code) {
		return download(this.records.evidence(user, id, checkId, code));
	}

	static ResponseEntity<Resource> download(EvidenceFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

}
