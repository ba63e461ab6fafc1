package org.fugong.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.policy.Policy.PolicyContent;
import org.fugong.policy.PolicyAttachment.AttachmentView;
import org.fugong.region.RegionService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The policy catalogue: search, detail, matching against enterprises, and its
 * maintenance by the officials of each level.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PolicyService {

	private final PolicyRepository policies;

	private final PolicyAttachmentRepository attachments;

	private final PolicySearch search;

	private final ConditionTexts texts;

	private final EnterpriseService enterprises;

	private final RegionService regions;

	private final FileStore files;

	private final AuditService audit;

	private final ObjectProvider<WhitelistLevels> whitelistLevels;

	@Transactional(readOnly = true)
	public Page<PolicySummary> search(PolicyQuery query, Pageable pageable) {
		return this.search.search(query, pageable);
	}

	@Transactional(readOnly = true)
	public PolicyDetail detail(long id) {
		return this.policies.findById(id).map(Policy::toDetail).orElseThrow(() -> new NotFoundException("policy"));
	}

	@Transactional(readOnly = true)
	List<AttachmentView> attachments(long policyId) {
		return this.attachments.findByPolicyIdOrderById(policyId).stream().map(PolicyAttachment::toView).toList();
	}

	/** The conditions of a policy in words; the policy's own region counts as the first. */
	public List<String> conditionTexts(PolicyDetail policy, Locale locale) {
		return effectiveConditions(policy.level(), policy.regionCode(), policy.conditions()).stream()
			.map((c) -> this.texts.text(c, locale))
			.toList();
	}

	/** Every condition of the policy checked against the enterprise. */
	public List<ConditionOutcome> evaluate(PolicyDetail policy, EnterpriseFacts facts, Locale locale) {
		return effectiveConditions(policy.level(), policy.regionCode(), policy.conditions()).stream()
			.map((c) -> new ConditionOutcome(c.kind(), c.value(), c.isSatisfiedBy(facts, this.regions),
					this.texts.text(c, locale), this.texts.fact(c, facts, locale)))
			.toList();
	}

	/** The enterprise's facts as the conditions see them. */
	public EnterpriseFacts factsOf(EnterpriseView enterprise) {
		WhitelistLevels levels = this.whitelistLevels.getIfAvailable();
		return EnterpriseFacts.of(enterprise, (levels != null) ? levels.activeLevelsOf(enterprise.id()) : Set.of());
	}

	/** The policies in effect today that the caller's enterprise meets, newest first, with reasons. */
	@Transactional(readOnly = true)
	public List<PolicyMatch> matchingFor(CurrentUser user, Locale locale) {
		EnterpriseFacts facts = factsOf(this.enterprises.profile(user, user.requireEnterpriseId()));
		List<Policy> inEffect = this.policies.findInEffectOn(TimeFormat.today());
		List<Policy> matching = inEffect.stream()
			.filter((p) -> effectiveConditions(p.getLevel(), p.getRegionCode(), p.getConditions()).stream()
				.allMatch((c) -> c.isSatisfiedBy(facts, this.regions)))
			.toList();
		var categories = this.search.categoriesOf(matching.stream().map(Policy::getId).toList());
		List<PolicyMatch> result = new ArrayList<>();
		for (Policy policy : matching) {
			PolicyDetail detail = policy.toDetail();
			List<String> reasons = evaluate(detail, facts, locale).stream()
				.map((o) -> o.text() + " · " + o.reason())
				.toList();
			if (reasons.isEmpty()) {
				reasons = List.of(this.texts.appliesToAll(locale));
			}
			result.add(new PolicyMatch(summaryOf(detail, categories.getOrDefault(detail.id(), List.of())), reasons));
		}
		result.sort(Comparator.comparing((PolicyMatch m) -> m.policy().publishedOn())
			.reversed()
			.thenComparing((PolicyMatch m) -> m.policy().id(), Comparator.reverseOrder()));
		return result;
	}

	/** The enterprises of the official's jurisdiction that meet every condition of the policy. */
	@Transactional(readOnly = true)
	public List<EnterpriseView> matchingEnterprises(CurrentUser official, long policyId) {
		PolicyDetail policy = detail(policyId);
		List<PolicyCondition> conditions = effectiveConditions(policy.level(), policy.regionCode(),
				policy.conditions());
		// Whitelist levels are looked up only when a condition asks for them: one query per enterprise otherwise.
		boolean needsWhitelist = conditions.stream().anyMatch((c) -> c.kind() == ConditionKind.WHITELIST_LEVEL);
		return this.enterprises.allInJurisdiction(official)
			.stream()
			.filter((e) -> {
				EnterpriseFacts facts = needsWhitelist ? factsOf(e) : EnterpriseFacts.of(e, Set.of());
				return conditions.stream().allMatch((c) -> c.isSatisfiedBy(facts, this.regions));
			})
			.toList();
	}

	/** Which levels the official may publish at. */
	public List<PolicyLevel> levelsFor(CurrentUser user) {
		if (user.is(Role.CITY_OFFICIAL)) {
			return List.of(PolicyLevel.NATIONAL, PolicyLevel.CITY);
		}
		if (user.is(Role.DISTRICT_OFFICIAL)) {
			return List.of(PolicyLevel.DISTRICT);
		}
		return List.of();
	}

	/** City officials keep national and city policies, district officials their district's. */
	public boolean canManage(CurrentUser user, PolicyLevel level, String regionCode) {
		if (user.is(Role.CITY_OFFICIAL)) {
			return level == PolicyLevel.NATIONAL || level == PolicyLevel.CITY;
		}
		return user.is(Role.DISTRICT_OFFICIAL) && level == PolicyLevel.DISTRICT
				&& user.regionCode().equals(regionCode);
	}

	public boolean checkCondition(ConditionKind kind, String value) {
		return kind.isValidValue(value, this.regions);
	}

	@Transactional
	long create(CurrentUser user, PolicyContent content) {
		PolicyContent scoped = scope(user, content);
		Policy policy = this.policies.save(new Policy(scoped, user.getUsername()));
		this.audit.record("POLICY_CREATED", "POLICY", policy.getId(), AuditService.SUCCESS, content.title());
		return policy.getId();
	}

	@Transactional
	void update(CurrentUser user, long id, PolicyContent content, long version) {
		Policy policy = managed(user, id);
		if (policy.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Policy.class, id);
		}
		policy.update(scope(user, content));
		this.policies.flush();
		this.audit.record("POLICY_UPDATED", "POLICY", id, AuditService.SUCCESS, content.title());
	}

	@Transactional
	void withdraw(CurrentUser user, long id, String reason) {
		Policy policy = managed(user, id);
		if (policy.toDetail().withdrawn()) {
			throw new BusinessRuleException("policy.withdraw.already");
		}
		policy.withdraw(reason);
		this.audit.record("POLICY_WITHDRAWN", "POLICY", id, AuditService.SUCCESS, reason);
	}

	@Transactional
	AttachmentView attach(CurrentUser user, long policyId, MultipartFile file) {
		managed(user, policyId);
		StoredFile stored = this.files.store(file, FileStore.DOCUMENTS_AND_IMAGES);
		PolicyAttachment attachment = this.attachments.save(new PolicyAttachment(policyId, stored, user.getUsername()));
		this.audit.record("POLICY_ATTACHMENT_ADDED", "POLICY", policyId, AuditService.SUCCESS, stored.originalName());
		return attachment.toView();
	}

	@Transactional
	void removeAttachment(CurrentUser user, long policyId, long attachmentId) {
		managed(user, policyId);
		PolicyAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getPolicyId() == policyId)
			.orElseThrow(() -> new NotFoundException("attachment"));
		this.attachments.delete(attachment);
		this.audit.record("POLICY_ATTACHMENT_REMOVED", "POLICY", policyId, AuditService.SUCCESS,
				attachment.toView().filename());
	}

	@Transactional(readOnly = true)
	DownloadableFile attachmentFile(long policyId, long attachmentId) {
		PolicyAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getPolicyId() == policyId)
			.orElseThrow(() -> new NotFoundException("attachment"));
		return new DownloadableFile(attachment.toView(), this.files.load(attachment.getStorageKey()));
	}

	record DownloadableFile(AttachmentView attachment, Resource content) {
	}

	private Policy managed(CurrentUser user, long id) {
		Policy policy = this.policies.findById(id).orElseThrow(() -> new NotFoundException("policy"));
		if (!canManage(user, policy.getLevel(), policy.getRegionCode())) {
			throw new AccessDeniedException("Policy " + id + " is not maintained by " + user.getUsername());
		}
		return policy;
	}

	private PolicyContent scope(CurrentUser user, PolicyContent content) {
		String region = switch (content.level()) {
			case NATIONAL -> null;
			case CITY -> "310000";
			case DISTRICT -> user.regionCode();
		};
		if (!canManage(user, content.level(), region)) {
			throw new AccessDeniedException("Level " + content.level() + " is not maintained by " + user.getUsername());
		}
		return new PolicyContent(content.title(), content.issuer(), content.docNumber(), content.level(), region,
				content.summary(), content.body(), content.publishedOn(), content.effectiveFrom(),
				content.expiresOn(), content.categories(), content.conditions(), content.guidanceIds());
	}

	private static List<PolicyCondition> effectiveConditions(PolicyLevel level, String regionCode,
			List<PolicyCondition> conditions) {
		List<PolicyCondition> all = new ArrayList<>();
		if (level == PolicyLevel.DISTRICT && regionCode != null
				&& conditions.stream().noneMatch((c) -> c.kind() == ConditionKind.REGION_WITHIN)) {
			all.add(new PolicyCondition(ConditionKind.REGION_WITHIN, regionCode));
		}
		all.addAll(conditions);
		return all;
	}

	private static PolicySummary summaryOf(PolicyDetail d, List<PolicyCategory> categories) {
		return new PolicySummary(d.id(), d.title(), d.level(), d.issuer(), d.regionCode(), d.publishedOn(),
				d.effectiveFrom(), d.expiresOn(), d.withdrawn(), d.summary(), categories);
	}

}
