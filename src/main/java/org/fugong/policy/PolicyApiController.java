package org.fugong.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageResponse;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/policies")
@RequiredArgsConstructor
class PolicyApiController {

	private final PolicyService policies;

	private final GuidanceService guidance;

	@Operation(summary = "政策目录 · Search policies", description = "按关键词、类别查询惠企政策。")
	@GetMapping
	PageResponse<PolicySummary> search(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute PolicySearchForm form) {
		return PageResponse.of(this.policies.search(form.toQuery(!this.policies.levelsFor(user).isEmpty()),
				form.paging().toPageable(Sort.unsorted())), (p) -> p);
	}

	@Operation(summary = "适用政策 · Policies that match", description = "与当前企业条件相符的政策及理由。")
	@GetMapping("/matching")
	List<PolicyMatch> matching(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.policies.matchingFor(user, locale);
	}

	@Operation(summary = "政策详情 · Show a policy", description = "一条政策的条件与内容。")
	@GetMapping("/{id}")
	PolicyResponse detail(@PathVariable long id, Locale locale) {
		PolicyDetail p = this.policies.detail(id);
		List<String> texts = this.policies.conditionTexts(p, locale);
		List<ConditionItem> conditions = new java.util.ArrayList<>();
		int offset = texts.size() - p.conditions().size();
		if (offset == 1) {
			conditions.add(new ConditionItem(ConditionKind.REGION_WITHIN.name(), p.regionCode(), texts.get(0)));
		}
		for (int i = 0; i < p.conditions().size(); i++) {
			PolicyCondition c = p.conditions().get(i);
			conditions.add(new ConditionItem(c.kind().name(), c.value(), texts.get(i + offset)));
		}
		List<AttachmentItem> attachments = this.policies.attachments(id)
			.stream()
			.map((a) -> new AttachmentItem(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(),
					"/policies/" + id + "/attachments/" + a.id()))
			.toList();
		List<GuidanceItem> guidanceItems = this.guidance.byIds(p.guidanceIds())
			.stream()
			.map((g) -> new GuidanceItem(g.code(), g.displayTitle(locale), "/guidance/" + g.code()))
			.toList();
		return new PolicyResponse(p.id(), p.title(), p.issuer(), p.docNumber(), p.level(), p.regionCode(),
				p.summary(), p.body(), p.publishedOn(), p.effectiveFrom(), p.expiresOn(), p.withdrawn(),
				p.categories(), conditions, attachments, guidanceItems);
	}

	@Operation(summary = "政策覆盖企业 · Enterprises a policy reaches", description = "辖区内符合一条政策的企业。")
	@GetMapping("/{id}/enterprises")
	List<EnterpriseView> reach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.policies.matchingEnterprises(user, id)
			.stream()
			.map(EnterpriseView::withMaskedContactPhone)
			.toList();
	}

	record PolicyResponse(long id, String title, String issuer, String docNumber, PolicyLevel level, String regionCode,
			String summary, String body, LocalDate publishedOn, LocalDate effectiveFrom, LocalDate expiresOn,
			boolean withdrawn, List<PolicyCategory> categories, List<ConditionItem> conditions,
			List<AttachmentItem> attachments, List<GuidanceItem> guidance) {
	}

	record ConditionItem(String code, String value, String text) {
	}

	record AttachmentItem(long id, String filename, String contentType, long size, String sha256, String url) {
	}

	record GuidanceItem(String code, String title, String url) {
	}

}
