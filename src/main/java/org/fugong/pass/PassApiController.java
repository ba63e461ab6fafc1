package org.fugong.pass;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Worker passes and the pass operations both kinds share (API.md). */
@RestController
@RequestMapping("/api/v1/passes")
@RequiredArgsConstructor
class PassApiController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

	private final PassService passes;

	private final QrCodes qr;

	private final HolderLinks links;

	@Operation(summary = "签发员工通行证 · Issue a worker pass", description = "为一名在册员工签发通行证。")
	@PostMapping("/worker")
	ResponseEntity<IssuedAnswer> issue(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody IssueRequest request) {
		PassService.Issued issued = this.passes.issueWorker(user, request.employeeId(), request.validFrom(),
				request.validTo());
		return ResponseEntity.created(URI.create("/api/v1/passes/" + issued.pass().id()))
			.body(IssuedAnswer.of(issued, this.links));
	}

	@Operation(summary = "批量签发 · Issue passes in bulk", description = "为所有符合条件的在册员工签发通行证，答复签发与跳过的人数。")
	@PostMapping("/worker/bulk")
	PassService.BulkIssue issueAll(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false)
			BulkRequest request) {
		BulkRequest body = (request != null) ? request : new BulkRequest(null, null);
		return this.passes.issueAllEligible(user, body.validFrom(), body.validTo());
	}

	@Operation(summary = "吊销员工全部通行证 · Revoke all passes of an employee", description = "吊销一名员工的全部有效通行证，须说明原因。")
	@PostMapping("/worker/revoke-all")
	Map<String, Integer> revokeAll(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody RevokeAllRequest request) {
		return Map.of("revoked", this.passes.revokeAllOf(user, request.employeeId(), request.reason()));
	}

	@Operation(summary = "通行证列表 · Search passes", description = "企业看自己的通行证；工作人员看辖区内的。")
	@GetMapping
	PageResponse<PassView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) PassType type, @RequestParam(required = false) PassStatus status,
			@RequestParam(defaultValue = "false") boolean expiringSoon,
			@RequestParam(required = false) @Size(max = 50) String q,
			@RequestParam(required = false) Long employeeId, @Valid PageQuery paging) {
		return PageResponse.of(this.passes.search(user, new PassQuery(type, status, expiringSoon, q, employeeId),
				paging.toPageable(NEWEST_FIRST)), (pass) -> pass);
	}

	@Operation(summary = "通行证详情 · Show a pass", description = "一张通行证。")
	@GetMapping("/{id}")
	PassView find(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.passes.find(user, id);
	}

	@Operation(summary = "通行码图片 PNG · QR code as PNG", description = "通行证的二维码（PNG）。")
	@ApiResponse(responseCode = "200", description = "PNG 图片 · the PNG image",
			content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "422", description = "通行证已失效，不再出示二维码 · the pass is no longer valid")
	@GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Min(120) @Max(1200) Integer size) {
		String text = this.passes.qrText(user, id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body((size != null) ? this.qr.png(text, size) : this.qr.png(text));
	}

	@Operation(summary = "通行码图片 SVG · QR code as SVG", description = "通行证的二维码（SVG）。")
	@ApiResponse(responseCode = "200", description = "SVG 图片 · the SVG image",
			content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "422", description = "通行证已失效，不再出示二维码 · the pass is no longer valid")
	@GetMapping(path = "/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.body(this.qr.svg(this.passes.qrText(user, id)));
	}

	@Operation(summary = "吊销通行证 · Revoke a pass", description = "吊销一张通行证。")
	@PostMapping("/{id}/revoke")
	PassView revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) ReasonRequest request) {
		return this.passes.revoke(user, id, (request != null) ? request.reason() : null);
	}

	@Operation(summary = "续期 · Renew a pass", description = "为通行证续期。")
	@PostMapping("/{id}/renew")
	PassView renew(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) RenewRequest request) {
		return this.passes.renew(user, id, (request != null) ? request.validTo() : null);
	}

	/** A new link for the holder (the old one stops working), sent to their phone and answered once. */
	@Operation(summary = "持证人链接 · New holder link", description = "为持证人生成新的打开链接（旧链接失效），发送到其手机并只答复一次。")
	@PostMapping("/{id}/holder-link")
	Map<String, String> newLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Map.of("holderLink", this.links.url(this.passes.newHolderLink(user, id)));
	}

	record IssueRequest(@NotNull(message = "{validation.required}") Long employeeId, Instant validFrom,
			Instant validTo) {
	}

	record BulkRequest(Instant validFrom, Instant validTo) {
	}

	record RevokeAllRequest(@NotNull(message = "{validation.required}") Long employeeId, String reason) {
	}

	@Schema(name = "PassReasonRequest")
	record ReasonRequest(String reason) {
	}

	record RenewRequest(Instant validTo) {
	}

	/** The pass just made and the link its holder opens it by (answered once). */
	record IssuedAnswer(long id, PassType type, PassStatus status, String holder, Instant validFrom, Instant validTo,
			String shortCode, String qrText, String holderLink) {

		static IssuedAnswer of(PassService.Issued issued, HolderLinks links) {
			PassView pass = issued.pass();
			return new IssuedAnswer(pass.id(), pass.type(), pass.status(), pass.holder(), pass.validFrom(),
					pass.validTo(), pass.shortCode(), pass.qrText(), links.url(issued.holderLink()));
		}

	}

}
