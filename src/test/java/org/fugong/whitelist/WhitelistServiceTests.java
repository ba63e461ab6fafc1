package org.fugong.whitelist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.NotFoundException;
import org.fugong.resumption.ResumptionApproved;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The whitelist through its service, as other features and the pages call it:
 * the listing that follows an approval, the officials' changes with their
 * history and audit rows, and who may do what where.
 */
@IntegrationTest
@RecordApplicationEvents
class WhitelistServiceTests {

	private static final AtomicLong APPLICATION = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	WhitelistService whitelist;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Test
	void anApprovedApplicationPutsTheEnterpriseOnItsDistrictListOnce() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		// 01:30 on 24 November in Shanghai: the batch is the day of approval there, not in UTC.
		Instant approvedAt = Instant.parse("2026-11-23T17:30:00Z");
		long application = approve(enterprise, approvedAt);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.whitelist.entriesOf(enterprise.id()).isEmpty());

		WhitelistEntryView entry = this.whitelist.entriesOf(enterprise.id()).get(0);
		assertThat(entry.level()).isEqualTo(WhitelistLevel.DISTRICT);
		assertThat(entry.status()).isEqualTo(WhitelistStatus.ACTIVE);
		assertThat(entry.source()).isEqualTo(WhitelistSource.APPROVAL);
		assertThat(entry.batch()).isEqualTo("2026-11-24");
		assertThat(entry.since()).isEqualTo(approvedAt);
		assertThat(entry.creditCode()).isEqualTo(enterprise.creditCode());
		assertThat(entry.districtCode()).isEqualTo("310117");
		assertThat(entry.townCode()).isEqualTo("310117105");
		assertThat(this.whitelist.activeLevelsOf(enterprise.id())).containsExactly("DISTRICT");
		assertThat(this.jdbc.queryForObject(
				"SELECT actor FROM audit_log WHERE action = 'WHITELIST_ADDED' AND target_type = 'WHITELIST' AND target_id = ?",
				String.class, Long.toString(entry.id()))).isEqualTo("songjiang");
		awaitCompleted(application);

		// The same approval again (a retried event) and a later one change nothing.
		awaitCompleted(approve(enterprise, approvedAt));
		awaitCompleted(approve(enterprise, approvedAt.plus(Duration.ofDays(3))));
		assertThat(this.whitelist.entriesOf(enterprise.id())).singleElement()
			.satisfies((e) -> assertThat(e.id()).isEqualTo(entry.id()));
	}

	@Test
	void anApprovalLeavesASuspendedDistrictEntrySuspended() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117104");
		WhitelistEntryView entry = this.whitelist.add(as("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT,
				"第二批", null);
		this.whitelist.suspend(as("songjiang"), entry.id(), "网格督查：闭环管理不到位");
		awaitCompleted(approve(enterprise, Instant.now()));
		assertThat(this.whitelist.entriesOf(enterprise.id())).singleElement()
			.satisfies((e) -> assertThat(e.status()).isEqualTo(WhitelistStatus.SUSPENDED));
		assertThat(this.whitelist.activeLevelsOf(enterprise.id())).isEmpty();
	}

	@Test
	void officialsSuspendRestoreAndRemoveWithReasonsHistoryAuditAndEvents() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		CurrentUser songjiang = as("songjiang");
		WhitelistEntryView entry = this.whitelist.add(songjiang, enterprise.id(), WhitelistLevel.DISTRICT, "首批",
				"重点保障企业");
		assertThat(entry.status()).isEqualTo(WhitelistStatus.ACTIVE);
		assertThat(entry.source()).isEqualTo(WhitelistSource.MANUAL);
		assertThat(this.events.stream(WhitelistEntryAdded.class))
			.contains(new WhitelistEntryAdded(entry.id(), enterprise.id(), WhitelistLevel.DISTRICT));

		WhitelistEntryView suspended = this.whitelist.suspend(songjiang, entry.id(), "闭环管理不到位，限期整改");
		assertThat(suspended.status()).isEqualTo(WhitelistStatus.SUSPENDED);
		assertThat(suspended.reason()).isEqualTo("闭环管理不到位，限期整改");
		assertThat(this.whitelist.activeLevelsOf(enterprise.id())).isEmpty();
		assertThat(this.whitelist.entriesOf(enterprise.id())).hasSize(1);

		WhitelistEntryView restored = this.whitelist.restore(songjiang, entry.id(), "整改完成，复查合格");
		assertThat(restored.status()).isEqualTo(WhitelistStatus.ACTIVE);
		assertThat(this.whitelist.activeLevelsOf(enterprise.id())).containsExactly("DISTRICT");

		WhitelistEntryView removed = this.whitelist.remove(songjiang, entry.id(), "企业迁出本区");
		assertThat(removed.status()).isEqualTo(WhitelistStatus.REMOVED);
		assertThat(this.whitelist.entriesOf(enterprise.id())).isEmpty();
		assertThat(this.whitelist.activeLevelsOf(enterprise.id())).isEmpty();

		assertThat(this.whitelist.detail(songjiang, entry.id()).changes())
			.extracting(WhitelistChangeView::action, WhitelistChangeView::to, WhitelistChangeView::reason)
			.containsExactly(tuple("ADDED", WhitelistStatus.ACTIVE, "重点保障企业"),
					tuple("SUSPENDED", WhitelistStatus.SUSPENDED, "闭环管理不到位，限期整改"),
					tuple("RESTORED", WhitelistStatus.ACTIVE, "整改完成，复查合格"),
					tuple("REMOVED", WhitelistStatus.REMOVED, "企业迁出本区"));
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_log WHERE target_type = 'WHITELIST' AND target_id = ? AND actor = 'songjiang' ORDER BY id",
				String.class, Long.toString(entry.id())))
			.containsExactly("WHITELIST_ADDED", "WHITELIST_SUSPENDED", "WHITELIST_RESTORED", "WHITELIST_REMOVED");
		assertThat(this.events.stream(WhitelistSuspended.class)).contains(new WhitelistSuspended(entry.id(),
				enterprise.id(), WhitelistLevel.DISTRICT, "闭环管理不到位，限期整改"));
		assertThat(this.events.stream(WhitelistRestored.class))
			.contains(new WhitelistRestored(entry.id(), enterprise.id(), WhitelistLevel.DISTRICT, "整改完成，复查合格"));
		assertThat(this.events.stream(WhitelistRemoved.class))
			.contains(new WhitelistRemoved(entry.id(), enterprise.id(), WhitelistLevel.DISTRICT, "企业迁出本区"));

		// Removed is final; the enterprise may be listed again as a new entry.
		assertThatThrownBy(() -> this.whitelist.restore(songjiang, entry.id(), "误操作"))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("whitelist.transition.illegal"));
		WhitelistEntryView again = this.whitelist.add(songjiang, enterprise.id(), WhitelistLevel.DISTRICT, "第三批", null);
		assertThat(again.id()).isNotEqualTo(entry.id());
	}

	@Test
	void aChangeNeedsAReasonAndAnIllegalOneConflicts() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		CurrentUser songjiang = as("songjiang");
		WhitelistEntryView entry = this.whitelist.add(songjiang, enterprise.id(), WhitelistLevel.DISTRICT, "首批", null);
		assertThatThrownBy(() -> this.whitelist.suspend(songjiang, entry.id(), "  "))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.fields()).singleElement().satisfies((f) -> assertThat(f.field()).isEqualTo("reason")));
		assertThatThrownBy(() -> this.whitelist.restore(songjiang, entry.id(), "未暂停的不能恢复"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.whitelist.suspend(songjiang, entry.id(), "过期版本", entry.version() + 1))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.whitelist.entriesOf(enterprise.id())).singleElement()
			.satisfies((e) -> assertThat(e.status()).isEqualTo(WhitelistStatus.ACTIVE));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM whitelist_change WHERE entry_id = ?", Integer.class, entry.id())).isOne();
	}

	@Test
	void officialsActOnlyOnTheirOwnLevelWithinTheirJurisdiction() throws Exception {
		Registered xinqiaoEnterprise = Registrations.register(this.mvc, "310117", "310117105");
		WhitelistEntryView district = this.whitelist.add(as("songjiang"), xinqiaoEnterprise.id(),
				WhitelistLevel.DISTRICT, "首批", null);

		// Another district's official does not see the entry at all.
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.whitelist.suspend(as("fengxian"), district.id(), "越权"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.whitelist.detail(as("fengxian"), district.id()));
		// The town officer and the city official see it but do not keep the district list.
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.whitelist.suspend(as("xinqiao"), district.id(), "越级"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.whitelist.remove(as("city"), district.id(), "越级"));
		assertThat(this.whitelist.detail(as("xinqiao"), district.id()).entry().status())
			.isEqualTo(WhitelistStatus.ACTIVE);

		// Each lists on their own level only, and only enterprises of their jurisdiction.
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.whitelist
			.add(as("xinqiao"), xinqiaoEnterprise.id(), WhitelistLevel.DISTRICT, "首批", null));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.whitelist.add(as("songjiang"), xinqiaoEnterprise.id(), WhitelistLevel.CITY, "首批", null));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.whitelist
			.add(as("fengxian"), xinqiaoEnterprise.id(), WhitelistLevel.DISTRICT, "首批", null));
		WhitelistEntryView town = this.whitelist.add(as("xinqiao"), xinqiaoEnterprise.id(), WhitelistLevel.TOWN,
				"新桥镇首批", null);
		WhitelistEntryView city = this.whitelist.addByCreditCode(as("city"),
				xinqiaoEnterprise.creditCode().toLowerCase(), WhitelistLevel.CITY, "第二批", null);
		assertThat(this.whitelist.activeLevelsOf(xinqiaoEnterprise.id())).containsExactly("CITY", "DISTRICT", "TOWN");

		Registered chedunEnterprise = Registrations.register(this.mvc, "310117", "310117104");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.whitelist
			.add(as("xinqiao"), chedunEnterprise.id(), WhitelistLevel.TOWN, "首批", null));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.whitelist
			.addByCreditCode(as("xinqiao"), chedunEnterprise.creditCode(), WhitelistLevel.TOWN, "首批", null));

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.whitelist.suspend(as("songjiang"), town.id(), "越级"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.whitelist.suspend(as("xinqiao"), city.id(), "越级"));
		assertThat(this.whitelist.suspend(as("xinqiao"), town.id(), "镇级抽查不合格").status())
			.isEqualTo(WhitelistStatus.SUSPENDED);
		assertThat(this.whitelist.suspend(as("city"), city.id(), "市级抽查不合格").status())
			.isEqualTo(WhitelistStatus.SUSPENDED);
	}

	@Test
	void listingTwiceAtOneLevelConflicts() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add(as("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT, "首批", null);
		assertThatThrownBy(
				() -> this.whitelist.add(as("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT, "第二批", null))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("whitelist.duplicate");
				assertThat(ex.fields()).singleElement().satisfies((f) -> assertThat(f.field()).isEqualTo("enterpriseId"));
			});
		assertThatThrownBy(() -> this.whitelist.addByCreditCode(as("songjiang"), enterprise.creditCode(),
				WhitelistLevel.DISTRICT, "第二批", null))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.fields()).singleElement().satisfies((f) -> assertThat(f.field()).isEqualTo("creditCode")));
		assertThat(this.whitelist.entriesOf(enterprise.id())).hasSize(1);
	}

	@Test
	void searchIsScopedToTheJurisdictionAndFiltered() throws Exception {
		Registered songjiangEnterprise = Registrations.register(this.mvc, "310117", "310117105");
		Registered fengxianEnterprise = Registrations.register(this.mvc, "310120", "310120101");
		String batch = "测试批次-" + System.nanoTime();
		this.whitelist.add(as("songjiang"), songjiangEnterprise.id(), WhitelistLevel.DISTRICT, batch, null);
		this.whitelist.add(as("fengxian"), fengxianEnterprise.id(), WhitelistLevel.DISTRICT, batch, null);
		this.whitelist.add(as("city"), fengxianEnterprise.id(), WhitelistLevel.CITY, batch, null);

		WhitelistQuery byBatch = new WhitelistQuery(null, null, batch, null);
		assertThat(ids(as("city"), byBatch)).containsOnly(songjiangEnterprise.id(), fengxianEnterprise.id()).hasSize(3);
		assertThat(ids(as("songjiang"), byBatch)).containsExactly(songjiangEnterprise.id());
		assertThat(ids(as("xinqiao"), byBatch)).containsExactly(songjiangEnterprise.id());
		assertThat(ids(as("fengxian"), byBatch)).containsExactly(fengxianEnterprise.id(), fengxianEnterprise.id());
		assertThat(ids(as("city"), new WhitelistQuery(WhitelistLevel.CITY, null, batch, null)))
			.containsExactly(fengxianEnterprise.id());
		assertThat(ids(as("city"), new WhitelistQuery(null, "310117", batch, null)))
			.containsExactly(songjiangEnterprise.id());
		assertThat(ids(as("city"), new WhitelistQuery(null, "310120101", batch, WhitelistStatus.ACTIVE))).hasSize(2);
		assertThat(ids(as("city"), new WhitelistQuery(null, null, batch, WhitelistStatus.SUSPENDED))).isEmpty();
		// A district official naming another district's region finds nothing there.
		assertThat(ids(as("songjiang"), new WhitelistQuery(null, "310120", batch, null))).isEmpty();
		assertThat(this.whitelist.batches(as("fengxian"))).contains(batch);
		assertThat(this.whitelist.batches(as("xinqiao"))).contains(batch);
	}

	@Test
	void anEnterpriseSeesItsOwnEntriesOnly() throws Exception {
		Registered listed = Registrations.register(this.mvc, "310117", "310117105");
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add(as("songjiang"), listed.id(), WhitelistLevel.DISTRICT, "首批", null);
		this.whitelist.add(as("songjiang"), other.id(), WhitelistLevel.DISTRICT, "首批", null);
		assertThat(this.whitelist.mine(as(listed.username()))).singleElement()
			.satisfies((e) -> assertThat(e.enterpriseId()).isEqualTo(listed.id()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.whitelist.search(as(listed.username()), WhitelistQuery.ALL, PageRequest.of(0, 20)));
	}

	@Test
	void theDemoListsHaveContentButDemoEntIsNotWhitelisted() throws Exception {
		long demoEnt = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'demo-ent'",
				Long.class);
		long nanqiao = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent-nanqiao'",
				Long.class);
		assertThat(this.whitelist.entriesOf(demoEnt)).isEmpty();
		assertThat(this.whitelist.mine(as("demo-ent"))).isEmpty();
		assertThat(this.whitelist.activeLevelsOf(nanqiao)).contains("CITY");
	}

	private List<Long> ids(CurrentUser official, WhitelistQuery query) {
		return this.whitelist.search(official, query, PageRequest.of(0, 100))
			.map(WhitelistEntryView::enterpriseId)
			.getContent();
	}

	private long approve(Registered enterprise, Instant at) {
		long application = APPLICATION.incrementAndGet();
		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(new ResumptionApproved(application,
				enterprise.id(), "测试企业", "310117", "310117105", "songjiang", at)));
		return application;
	}

	/** Waits until the whitelist's listener has handled the approval of the application. */
	private void awaitCompleted(long application) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("""
					SELECT count(*) FROM event_publication
					WHERE listener_id LIKE '%whitelist.ApprovalListener%' AND completion_date IS NOT NULL
					  AND serialized_event LIKE ?""", Integer.class, "%\"applicationId\":" + application + ",%") > 0);
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
