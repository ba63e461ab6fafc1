package org.fugong.resumption;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.resumption.ApplicationContent.Specialist;
import org.fugong.resumption.ResumptionRequest.Transition;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applications so that the district's queue has work in it: 车墩 waits for
 * the material review, 泗泾 for the final approval, 九亭 for its town. demo-ent
 * has none: it is the one to walk through the whole flow.
 */
@Component
@DemoData
@Order(50)
@RequiredArgsConstructor
class DemoApplications implements ApplicationRunner {

	private final ResumptionRequestRepository requests;

	private final ResumptionStepRepository steps;

	private final AccountService accounts;

	private final EnterpriseService enterprises;

	private final InboxService inbox;

	private final ResumptionMaterialRepository materials;

	private final FileStore files;

	private final Rounds rounds;

	/** The smallest document a PDF reader opens: a blank page. */
	private static final byte[] DEMO_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.requests.count() > 0) {
			return;
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		file("ent-chedun", 80, now.minus(3, ChronoUnit.DAYS), List.of(DecisionAction.ACCEPT));
		file("ent-sijing", 200, now.minus(6, ChronoUnit.DAYS),
				List.of(DecisionAction.ACCEPT, DecisionAction.APPROVE_MATERIALS, DecisionAction.RECORD_SITE_VISIT));
		file("ent-jiuting", 140, now.minus(1, ChronoUnit.DAYS), List.of());
	}

	private void file(String username, int staff, Instant submitted, List<DecisionAction> decisions) {
		AccountSummary account = this.accounts.find(username).orElse(null);
		if (account == null || account.enterpriseId() == null) {
			return;
		}
		EnterpriseView enterprise = this.enterprises.find(account.enterpriseId()).orElseThrow();
		ApplicationContent content = new ApplicationContent(LocalDate.now().plusDays(5), staff, staff - 20, 20,
				staff / 2, staff / 2, "员工在厂区与宿舍之间两点一线，由企业专车点对点接送；生产区、办公区、生活区分区管理。",
				"两班倒：8:00-20:00、20:00-8:00", "分时段错峰就餐，一人一桌", null, "厂区东门内侧",
				new Specialist("刘洋", "13900000011"), new Specialist("陈静", "13900000012"),
				new Specialist("黄磊", "13900000013"));
		ResumptionRequest request = this.requests.save(new ResumptionRequest(enterprise.id(), enterprise.name(),
				enterprise.industry().name(), enterprise.districtCode(), enterprise.townCode(), content));
		for (MaterialKind kind : MaterialKind.REQUIRED) {
			try {
				StoredFile file = this.files.store(new ByteArrayInputStream(DEMO_PDF), kind.name().toLowerCase() + ".pdf",
						FileStore.DOCUMENTS_AND_IMAGES);
				this.materials.save(new ResumptionMaterial(request.getId(), kind, file, username));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Instant at = submitted;
		step(request, username, "ENTERPRISE", "SUBMIT", request.submit(0, enterprise.name(), at), null, null, at);
		this.rounds.freeze(request, username, null, at);
		for (DecisionAction action : decisions) {
			at = at.plus(20, ChronoUnit.HOURS);
			boolean town = action == DecisionAction.ACCEPT || action == DecisionAction.RECORD_SITE_VISIT;
			Boolean passed = (action == DecisionAction.RECORD_SITE_VISIT) ? Boolean.TRUE : null;
			String opinion = switch (action) {
				case ACCEPT -> "材料齐全，予以受理。";
				case APPROVE_MATERIALS -> "防控方案、应急预案符合要求。";
				case RECORD_SITE_VISIT -> "采样点、隔离观察点已设置，分区标识清楚。";
				default -> null;
			};
			step(request, town ? "town-demo" : "songjiang", town ? "TOWN_OFFICER" : "DISTRICT_OFFICIAL", action.name(),
					request.decide(action, passed, opinion, at), opinion, passed, at);
		}
	}

	private void step(ResumptionRequest request, String actor, String role, String action, Transition transition,
			String opinion, Boolean passed, Instant at) {
		this.requests.flush();
		this.steps.save(new ResumptionStep(request.getId(), at, actor, role, action, transition, opinion, passed));
		this.inbox.notifyEnterprise(request.getEnterpriseId(), "inbox.application." + transition.to(),
				List.of(Long.toString(request.getId()), (opinion != null) ? opinion : ""),
				"/applications/" + request.getId());
	}

}
