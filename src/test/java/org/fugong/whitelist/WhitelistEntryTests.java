package org.fugong.whitelist;

import java.time.Instant;

import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistEntry.Listing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WhitelistEntryTests {

	@Test
	void aNewEntryIsActiveWithItsListingInTheHistory() {
		WhitelistEntry entry = entry();
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.ACTIVE);
		assertThat(entry.history()).singleElement().satisfies((step) -> {
			assertThat(step.action()).isEqualTo("ADDED");
			assertThat(step.from()).isNull();
			assertThat(step.to()).isEqualTo(WhitelistStatus.ACTIVE);
			assertThat(step.actor()).isEqualTo("songjiang");
		});
	}

	@Test
	void suspendRestoreAndRemoveFollowTheStateMachine() {
		WhitelistEntry entry = entry();
		entry.suspend("闭环管理不到位", "songjiang");
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.SUSPENDED);
		assertThat(entry.history().get(1).reason()).isEqualTo("闭环管理不到位");
		entry.restore("整改完成，复查合格", "songjiang");
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.ACTIVE);
		entry.remove("企业注销", "songjiang");
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.REMOVED);
		assertThat(entry.history()).extracting(WhitelistChangeView::action)
			.containsExactly("ADDED", "SUSPENDED", "RESTORED", "REMOVED");
		assertThat(entry.history()).extracting(WhitelistChangeView::from)
			.containsExactly(null, WhitelistStatus.ACTIVE, WhitelistStatus.SUSPENDED, WhitelistStatus.ACTIVE);
	}

	@Test
	void aSuspendedEntryCanBeRemoved() {
		WhitelistEntry entry = entry();
		entry.suspend("停工整顿", "songjiang");
		entry.remove("不再符合条件", "songjiang");
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.REMOVED);
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		WhitelistEntry active = entry();
		assertThatIllegalStateException().isThrownBy(() -> active.restore("x", "songjiang"));
		assertThat(active.getStatus()).isEqualTo(WhitelistStatus.ACTIVE);
		assertThat(active.history()).hasSize(1);

		WhitelistEntry suspended = entry();
		suspended.suspend("x", "songjiang");
		assertThatIllegalStateException().isThrownBy(() -> suspended.suspend("again", "songjiang"));
		assertThat(suspended.getStatus()).isEqualTo(WhitelistStatus.SUSPENDED);
	}

	@Test
	void removedIsFinal() {
		WhitelistEntry entry = entry();
		entry.remove("企业注销", "songjiang");
		assertThatIllegalStateException().isThrownBy(() -> entry.suspend("x", "songjiang"));
		assertThatIllegalStateException().isThrownBy(() -> entry.restore("x", "songjiang"));
		assertThatIllegalStateException().isThrownBy(() -> entry.remove("x", "songjiang"));
		assertThat(entry.getStatus()).isEqualTo(WhitelistStatus.REMOVED);
		assertThat(entry.history()).hasSize(2);
	}

	@Test
	void eachRoleKeepsOneLevel() {
		assertThat(WhitelistLevel.keptBy(Role.CITY_OFFICIAL)).isEqualTo(WhitelistLevel.CITY);
		assertThat(WhitelistLevel.keptBy(Role.DISTRICT_OFFICIAL)).isEqualTo(WhitelistLevel.DISTRICT);
		assertThat(WhitelistLevel.keptBy(Role.TOWN_OFFICER)).isEqualTo(WhitelistLevel.TOWN);
		assertThat(WhitelistLevel.keptBy(Role.ENTERPRISE)).isNull();
		assertThat(WhitelistLevel.keptBy(Role.GUARD)).isNull();
		assertThat(WhitelistLevel.keptBy(Role.ADMIN)).isNull();
	}

	private static WhitelistEntry entry() {
		return new WhitelistEntry(new Listing(1, "上海测试机械有限公司", "91310117MA1J3L4X20", "310117", "310117105"),
				WhitelistLevel.DISTRICT, "2026-11-23", WhitelistSource.MANUAL, null, Instant.now(), "songjiang");
	}

}
