package org.fugong.outbreak;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outbreak cases over JSON ({@code API.md} v1.1): seal, disinfections (JSON or
 * multipart with photos), unseal; beyond the contract, the list, one case with
 * its rounds and readiness, and a photo.
 */
@RestController
@RequiredArgsConstructor
class OutbreakApiController {

	private final OutbreakService outbreaks;

	private final OutbreakDisinfections disinfections;

	@Operation(summary = "设立疫点 · Seal an outbreak site",
			description = "区级审核人员将本区企业设为疫点：其白名单立即暂停，各卡口扫码答 ENTERPRISE_SUSPENDED。")
	@PostMapping("/api/v1/outbreaks")
	ResponseEntity<OutbreakView> open(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody OpenRequest request) {
		OutbreakView outbreak = this.outbreaks.open(user, request.enterpriseId(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/outbreaks/" + outbreak.id())).body(outbreak);
	}

	@Operation(summary = "疫点列表 · Outbreak cases", description = "工作人员看辖区内的疫点，企业看自己的；封控中的在前。")
	@GetMapping("/api/v1/outbreaks")
	PageResponse<OutbreakView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) OutbreakState state, @Valid PageQuery paging) {
		return PageResponse.of(this.outbreaks.search(user, state, paging.toPageable(Sort.unsorted())),
				(c) -> c);
	}

	@Operation(summary = "疫点详情 · Show a case", description = "疫点的消杀记录、封控后的检测轮次、在岗员工最近结果与解封还缺什么。")
	@GetMapping("/api/v1/outbreaks/{id}")
	OutbreakDetail show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.outbreaks.detail(user, id);
	}

	@Operation(summary = "记录消杀 · Record a disinfection", description = "记录疫点消杀（时间、实施人、说明）。")
	@PostMapping(path = "/api/v1/outbreaks/{id}/disinfections", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DisinfectionView> disinfect(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DisinfectionRequest request) {
		return created(id, this.disinfections.disinfect(user, id, request.at(), request.by(), request.note(), List.of()));
	}

	@Operation(summary = "记录消杀（附照片） · Record a disinfection with photos",
			description = "同上，multipart：字段 at、by、note 与至多 10 张照片 photo（按内容识别，每张不超过 10 MB）。")
	@PostMapping(path = "/api/v1/outbreaks/{id}/disinfections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DisinfectionView> disinfectWithPhotos(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @RequestParam(required = false) Instant at,
			@RequestParam(required = false) String by, @RequestParam(required = false) String note,
			@RequestPart(name = "photo", required = false) List<MultipartFile> photo) {
		return created(id, this.disinfections.disinfect(user, id, at, by, note, photo));
	}

	@Operation(summary = "解封疫点 · Unseal a site",
			description = "需有消杀记录且每名在岗员工封控后最近一次检测为阴性，否则 422 并指明缺少什么；解封恢复白名单并通知企业。")
	@PostMapping("/api/v1/outbreaks/{id}/unseal")
	OutbreakView unseal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return this.outbreaks.unseal(user, id, request.reason());
	}

	@Operation(summary = "消杀照片 · A disinfection photo", description = "疫点消杀记录所附的一张照片。")
	@ApiResponse(responseCode = "200", description = "照片 · the photo",
			content = { @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/heif", schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "404", description = "没有这张照片，或不在您的辖区 · no such photo, or not yours to see")
	@GetMapping(path = "/api/v1/outbreaks/{id}/photos/{photoId}", produces = { MediaType.IMAGE_PNG_VALUE,
			MediaType.IMAGE_JPEG_VALUE, "image/webp", "image/heic", "image/heif", MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<org.springframework.core.io.Resource> photo(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long photoId) {
		return this.disinfections.photo(user, id, photoId).response();
	}

	private static ResponseEntity<DisinfectionView> created(long id, DisinfectionView disinfection) {
		return ResponseEntity.created(URI.create("/api/v1/outbreaks/" + id)).body(disinfection);
	}

	@Schema(name = "OutbreakOpenRequest")
	record OpenRequest(@NotNull(message = "{validation.required}") Long enterpriseId, String reason) {
	}

	@Schema(name = "OutbreakDisinfectionRequest")
	record DisinfectionRequest(Instant at, String by, String note) {
	}

	@Schema(name = "OutbreakReasonRequest")
	record ReasonRequest(String reason) {
	}

}
