package org.fugong.policy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.fugong.common.DemoData;
import org.fugong.policy.Policy.PolicyContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo catalogue of policies ({@code demo/policies.json}), loaded once on the
 * embedded default.
 */
@Component
@DemoData
@Order(30)
@RequiredArgsConstructor
class DemoPolicies implements ApplicationRunner {

	private final PolicyRepository policies;

	private final GuidanceService guidance;

	private final JsonMapper json;

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.policies.count() > 0) {
			return;
		}
		List<DemoPolicy> demo;
		try (InputStream in = new ClassPathResource("demo/policies.json").getInputStream()) {
			demo = this.json.readValue(in, new TypeReference<List<DemoPolicy>>() {
			});
		}
		for (DemoPolicy p : demo) {
			Set<Long> guidanceIds = p.guidance()
				.stream()
				.map((code) -> this.guidance.find(code).map(GuidanceView::id).orElse(null))
				.filter((id) -> id != null)
				.collect(Collectors.toSet());
			List<PolicyCondition> conditions = p.conditions()
				.stream()
				.map((c) -> new PolicyCondition(ConditionKind.valueOf(c.kind()), c.value()))
				.toList();
			PolicyContent content = new PolicyContent(p.title(), p.issuer(), p.docNumber(), p.level(), p.regionCode(),
					p.summary(), p.body(), p.publishedOn(), p.effectiveFrom(), p.expiresOn(),
					p.categories().isEmpty() ? EnumSet.noneOf(PolicyCategory.class) : EnumSet.copyOf(p.categories()),
					conditions, guidanceIds);
			this.policies.save(new Policy(content, "demo"));
		}
	}

	record DemoPolicy(String title, String issuer, String docNumber, PolicyLevel level, String regionCode,
			List<PolicyCategory> categories, LocalDate publishedOn, LocalDate effectiveFrom, LocalDate expiresOn,
			String summary, String body, List<DemoCondition> conditions, List<String> guidance) {

		DemoPolicy {
			conditions = (conditions != null) ? conditions : List.of();
			guidance = (guidance != null) ? guidance : List.of();
			categories = (categories != null) ? categories : List.of();
		}

	}

	record DemoCondition(String kind, String value) {
	}

}
