package org.fugong.gate;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.PageImpl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checkpoints of the caller's jurisdiction and binding guards to them, for district and town officials. */
@RestController
@RequestMapping("/api/v1/gate/checkpoints")
@RequiredArgsConstructor
class CheckpointApiController {

	private final CheckpointService checkpoints;

	/** Every checkpoint of the jurisdiction (they are few), with the usernames of the guards bound to each. */
	@Operation(summary = "卡口列表 · List checkpoints", description = "辖区内的卡口。")
	@GetMapping
	PageResponse<CheckpointAnswer> list(@AuthenticationPrincipal CurrentUser user) {
		Map<String, Long> bound = this.checkpoints.assignments(user);
		List<CheckpointAnswer> items = this.checkpoints.list(user)
			.stream()
			.map((checkpoint) -> CheckpointAnswer.of(checkpoint, bound))
			.toList();
		return PageResponse.of(new PageImpl<>(items), (item) -> item);
	}

	@Operation(summary = "卡口详情 · Show a checkpoint", description = "卡口及其绑定的检查员。")
	@GetMapping("/{id}")
	CheckpointAnswer find(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CheckpointAnswer.of(this.checkpoints.find(user, id), this.checkpoints.assignments(user));
	}

	@Operation(summary = "新建卡口 · Create a checkpoint", description = "在辖区内设立卡口（园区、企业、道路）。")
	@PostMapping
	ResponseEntity<CheckpointAnswer> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CheckpointRequest request) {
		CheckpointView created = this.checkpoints.create(user, new CheckpointService.CheckpointInput(request.name(),
				request.kind(), request.regionCode(), request.enterpriseId(), request.defaultDirection()));
		return ResponseEntity.created(URI.create("/api/v1/gate/checkpoints/" + created.id()))
			.body(CheckpointAnswer.of(created, Map.of()));
	}

	@Operation(summary = "绑定检查员 · Bind guards", description = "把检查员绑定到卡口。")
	@PostMapping("/{id}/guards")
	CheckpointAnswer bind(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody GuardRequest request) {
		this.checkpoints.assign(user, request.username().strip(), id);
		return find(user, id);
	}

	record CheckpointRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{gateadmin.name.tooLong}") String name,
			@NotNull(message = "{validation.required}") CheckpointKind kind, @Size(max = 20) String regionCode,
			Long enterpriseId, @NotNull(message = "{validation.required}") Direction defaultDirection) {
	}

	record GuardRequest(@NotBlank(message = "{validation.required}") @Size(max = 50) String username) {
	}

	record CheckpointAnswer(long id, String name, CheckpointKind kind, String regionCode, String districtCode,
			Long enterpriseId, Direction defaultDirection, boolean active, long version, List<String> guards) {

		static CheckpointAnswer of(CheckpointView checkpoint, Map<String, Long> bound) {
			List<String> guards = bound.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() == checkpoint.id())
				.map(Map.Entry::getKey)
				.toList();
			return new CheckpointAnswer(checkpoint.id(), checkpoint.name(), checkpoint.kind(), checkpoint.regionCode(),
					checkpoint.districtCode(), checkpoint.enterpriseId(), checkpoint.defaultDirection(),
					checkpoint.active(), checkpoint.version(), guards);
		}

	}

}
