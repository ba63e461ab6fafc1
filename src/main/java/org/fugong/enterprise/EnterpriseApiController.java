package org.fugong.enterprise;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/enterprises")
@RequiredArgsConstructor
class EnterpriseApiController {

	private final EnterpriseService enterprises;

	private final VerificationService verification;

	@Operation(summary = "企业注册 · Register an enterprise", description = "企业以统一社会信用代码注册，同时开设企业经办人账号；注册后待所在街镇或区核验（PENDING）。")
	@PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegistrationForm form) {
		return created(this.enterprises.register(form));
	}

	/** The same registration as a multipart form, with the business licence in part {@code licence}. */
	@Operation(summary = "企业注册（附营业执照）· Register with the business licence", description = "与 JSON 注册相同，另以 multipart 的 licence 部分上传营业执照，并填写法定代表人。")
	@PostMapping(path = "/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EnterpriseView> registerWithLicence(@Valid @ModelAttribute RegistrationForm form,
			@RequestPart(name = "licence", required = false) MultipartFile licence) {
		List<FieldProblem> missing = VerificationService.checkLicence(form.getLegalRepresentative(), licence);
		if (!missing.isEmpty()) {
			throw new InvalidInputException("enterprise.register.invalid", missing);
		}
		return created(this.enterprises.register(form, licence));
	}

	@Operation(summary = "企业资料 · Enterprise profile", description = "企业看自己的资料；工作人员看辖区内企业的资料。")
	@GetMapping("/{id}")
	EnterpriseView profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.enterprises.profile(user, id);
	}

	@Operation(summary = "修改企业资料 · Update the profile", description = "企业修改自己的资料；带上所见的 version。")
	@PutMapping("/{id}")
	EnterpriseView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ProfileForm form) {
		if (user.requireEnterpriseId() != id) {
			throw new NotFoundException("enterprise");
		}
		if (form.getVersion() == null) {
			throw new BusinessRuleException("validation.version.required",
					List.of(new FieldProblem("version", "validation.version.required")));
		}
		return this.enterprises.updateOwnProfile(user, form);
	}

	/**
	 * The officials' list. With {@code verification} it is the verification queue:
	 * the enterprises in that state, oldest request first.
	 */
	@Operation(summary = "查询企业 · Search enterprises", description = "工作人员按名称、信用代码、街镇、行业查询辖区内的企业。")
	@GetMapping
	PageResponse<EnterpriseView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String q, @RequestParam(required = false) Verification verification,
			@RequestParam(required = false) String town, @Valid PageQuery page) {
		if (verification != null) {
			return PageResponse.of(this.verification.queue(user, new VerificationFilter(verification, town, q),
					page.toPageable(Sort.by("verificationRequestedAt", "id"))), (e) -> e);
		}
		return PageResponse.of(this.enterprises.search(user, q, page.toPageable(Sort.by("name", "id"))), (e) -> e);
	}

	/** A town officer's or district official's decision: {@code {decision: VERIFIED or REJECTED, note, version?}}. */
	@Operation(summary = "核验企业 · Verify an enterprise", description = "所在街镇或区的工作人员对照营业执照和法定代表人核验：VERIFIED 或 REJECTED（驳回须写明原因）。")
	@PostMapping("/{id}/verification")
	EnterpriseView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DecisionBody body) {
		return this.verification.decide(user, id, body.decision(), body.note(), body.version());
	}

	/** The enterprise hands in (or corrects) its licence and legal representative: multipart {@code file}. */
	@Operation(summary = "提交营业执照 · Hand in the business licence", description = "企业提交或更正营业执照（multipart 的 file）和法定代表人，重新进入待核验（PENDING）。")
	@PostMapping(path = "/{id}/licence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EnterpriseView submitLicence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String legalRepresentative,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		if (user.requireEnterpriseId() != id) {
			throw new NotFoundException("enterprise");
		}
		return this.verification.resubmit(user, legalRepresentative, file);
	}

	@Operation(summary = "下载营业执照 · Download the business licence", description = "企业下载自己的；辖区工作人员核验时下载。")
	@ApiResponse(responseCode = "200", description = "营业执照文件（PDF 或照片）· the licence file, PDF or a photo",
			content = { @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/heif", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/{id}/licence")
	ResponseEntity<Resource> licence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return download(this.verification.licence(user, id));
	}

	static ResponseEntity<Resource> download(VerificationService.LicenceDownload file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private static ResponseEntity<EnterpriseView> created(EnterpriseView registered) {
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.id())).body(registered);
	}

	record DecisionBody(Verification decision, String note, Long version) {
	}

}
