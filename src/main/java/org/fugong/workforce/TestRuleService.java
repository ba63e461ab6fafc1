package org.fugong.workforce;

import lombok.RequiredArgsConstructor;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The test rule of each district: the default until the district's officials
 * set their own, every change audited.
 */
@Service
@RequiredArgsConstructor
class TestRuleService {

	static final String TARGET = "TEST_RULE";

	private final TestRuleRepository rules;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	TestRuleView ruleOf(String districtCode) {
		return this.rules.findById(districtCode).map(TestRule::toView).orElseGet(() -> TestRuleView.standard(districtCode));
	}

	/** The rule of the official's own district. */
	@Transactional(readOnly = true)
	TestRuleView mine(CurrentUser official) {
		return ruleOf(requireDistrict(official));
	}

	@Transactional
	TestRuleView change(CurrentUser official, int maxAgeHours, TestRuleKinds kinds, Long version) {
		String district = requireDistrict(official);
		TestRule rule = this.rules.findById(district).orElse(null);
		long current = (rule != null) ? rule.getVersion() : 0;
		if (version != null && version != current) {
			throw new ObjectOptimisticLockingFailureException(TestRule.class, district);
		}
		TestRuleView before = (rule != null) ? rule.toView() : TestRuleView.standard(district);
		if (rule == null) {
			rule = new TestRule(district, maxAgeHours, kinds, official.getUsername());
			this.rules.save(rule);
		}
		else {
			rule.change(maxAgeHours, kinds, official.getUsername());
		}
		this.rules.flush();
		this.audit.recordAs(official.getUsername(), "TEST_RULE_CHANGED", TARGET, district, AuditService.SUCCESS,
				before.maxAgeHours() + "h " + before.kinds() + " -> " + maxAgeHours + "h " + kinds);
		this.events.publishEvent(new TestRuleChanged(district));
		return rule.toView();
	}

	private static String requireDistrict(CurrentUser official) {
		if (!official.is(Role.DISTRICT_OFFICIAL) || official.regionCode() == null) {
			throw new AccessDeniedException("Only district officials keep a test rule");
		}
		return official.regionCode();
	}

}
