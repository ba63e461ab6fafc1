package org.fugong.whitelist;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistLedger.Transition;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whitelist")
@RequiredArgsConstructor
class WhitelistApiController {

	private final WhitelistService whitelist;

	@Operation(summary = "白名单 · Search the whitelist", description = "辖区内的白名单企业。")
	@GetMapping
	PageResponse<WhitelistEntryView> search(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute WhitelistSearchForm form) {
		return PageResponse.of(this.whitelist.search(user, form.toQuery(),
				form.paging().toPageable(WhitelistController.NEWEST_FIRST)), (e) -> e);
	}

	/** The caller's own entries (enterprise accounts). */
	@Operation(summary = "本企业白名单 · My whitelist entries", description = "企业自己的白名单状态。")
	@GetMapping("/mine")
	List<WhitelistEntryView> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.whitelist.mine(user);
	}

	@Operation(summary = "白名单详情 · Show an entry", description = "一条白名单记录及其变更经过。")
	@GetMapping("/{id}")
	WhitelistEntryDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.whitelist.detail(user, id);
	}

	@Operation(summary = "加入白名单 · Add to the whitelist", description = "工作人员把企业加入辖区白名单。")
	@PostMapping
	ResponseEntity<WhitelistEntryView> add(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AddRequest request) {
		WhitelistEntryView entry = this.whitelist.add(user, request.enterpriseId(), request.level(), request.batch(),
				request.reason());
		return ResponseEntity.created(URI.create("/api/v1/whitelist/" + entry.id())).body(entry);
	}

	@Operation(summary = "暂停 · Suspend", description = "暂停一条白名单记录；带上所见的 version。")
	@PostMapping("/{id}/suspend")
	WhitelistEntryView suspend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ChangeRequest request) {
		return this.whitelist.change(user, id, Transition.SUSPEND, request.reason(), request.version());
	}

	@Operation(summary = "恢复 · Restore", description = "恢复暂停的白名单记录；带上所见的 version。")
	@PostMapping("/{id}/restore")
	WhitelistEntryView restore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ChangeRequest request) {
		return this.whitelist.change(user, id, Transition.RESTORE, request.reason(), request.version());
	}

	@Operation(summary = "移出 · Remove", description = "移出白名单；带上所见的 version。")
	@PostMapping("/{id}/remove")
	WhitelistEntryView remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ChangeRequest request) {
		return this.whitelist.change(user, id, Transition.REMOVE, request.reason(), request.version());
	}

	record AddRequest(@NotNull(message = "{validation.required}") Long enterpriseId,
			@NotNull(message = "{validation.required}") WhitelistLevel level,
			@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max50}") String batch,
			@Size(max = 500, message = "{whitelist.reason.tooLong}") String reason) {
	}

	/** {@code version} is optional: given, the change applies only if nobody changed the entry since. */
	record ChangeRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{whitelist.reason.tooLong}") String reason,
			Long version) {
	}

}
