package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionService;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints and the guards bound to them. District officials and town officers
 * keep the checkpoints of their jurisdiction and bind its guards to them; a
 * guard works at one checkpoint at a time, which every scan is logged against.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CheckpointService {

	private static final Duration REMEMBER = Duration.ofSeconds(10);

	private final CheckpointRepository checkpoints;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final RegionService regions;

	private final AuditService audit;

	private final EnterpriseService enterprises;

	private final DeviceTokens devices;

	private final Clock clock;

	/** The checkpoint each guard is bound to, by username, until a change of binding or a short expiry. */
	private final Map<String, Bound> checkpointOfGuard = new ConcurrentHashMap<>();

	@Transactional(readOnly = true)
	public List<CheckpointView> list(CurrentUser official) {
		Jurisdiction jurisdiction = requireKeeper(official).jurisdiction();
		return this.checkpoints.inJurisdiction(jurisdiction.districtCode(), jurisdiction.townCode())
			.stream()
			.map(Checkpoint::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public CheckpointView find(CurrentUser official, long id) {
		return visible(official, id).toView();
	}

	/** A new checkpoint in the official's jurisdiction: {@code regionCode} is the official's district or one of its towns. */
	@Transactional
	public CheckpointView create(CurrentUser official, CheckpointInput input) {
		requireKeeper(official);
		String region = regionOf(official, input);
		String district = this.regions.districtOf(region).orElseThrow();
		Long enterpriseId = enterpriseOf(official, input);
		Checkpoint checkpoint = this.checkpoints.save(new Checkpoint(input.name().strip(), input.kind(), region, district,
				enterpriseId, input.defaultDirection(), official.getUsername(), this.clock.instant()));
		this.audit.recordAs(official.getUsername(), "CHECKPOINT_CREATE", "checkpoint", checkpoint.getId(),
				AuditService.SUCCESS, input.name());
		return checkpoint.toView();
	}

	/** Changes a checkpoint of the official's jurisdiction; it may move within the jurisdiction, not out of it. */
	@Transactional
	public CheckpointView update(CurrentUser official, long id, CheckpointInput input, boolean active) {
		Checkpoint checkpoint = visible(official, id);
		String region = regionOf(official, input);
		String district = this.regions.districtOf(region).orElseThrow();
		Long enterpriseId = enterpriseOf(official, input);
		checkpoint.change(input.name().strip(), input.kind(), region, district, enterpriseId, input.defaultDirection(),
				active);
		this.audit.recordAs(official.getUsername(), "CHECKPOINT_UPDATE", "checkpoint", id, AuditService.SUCCESS,
				input.name() + (active ? "" : " (inactive)"));
		this.checkpointOfGuard.clear();
		return checkpoint.toView();
	}

	/** The GUARD accounts whose region lies in the official's jurisdiction, by username. */
	@Transactional(readOnly = true)
	public List<AccountSummary> guards(CurrentUser official) {
		Jurisdiction own = requireKeeper(official).jurisdiction();
		// Guards are few (a handful per town), so one page of all of them is filtered here.
		return this.accounts.search(Role.GUARD, null, PageRequest.of(0, 2000, Sort.by("username")))
			.stream()
			.filter((guard) -> guard.regionCode() != null)
			.filter((guard) -> covers(own, guard.regionCode()))
			.toList();
	}

	/** The checkpoints whose scans an official reads (any official, not only those who keep checkpoints). */
	@Transactional(readOnly = true)
	public List<CheckpointView> seenBy(CurrentUser official) {
		Jurisdiction jurisdiction = official.jurisdiction();
		return this.checkpoints.inJurisdiction(jurisdiction.districtCode(), jurisdiction.townCode())
			.stream()
			.map(Checkpoint::toView)
			.toList();
	}

	private String regionOf(CurrentUser official, CheckpointInput input) {
		String region = (input.regionCode() != null && !input.regionCode().isBlank()) ? input.regionCode().strip()
				: official.regionCode();
		String district = this.regions.districtOf(region)
			.orElseThrow(() -> invalid("regionCode", "gate.checkpoint.region.unknown"));
		Jurisdiction own = official.jurisdiction();
		boolean inside = (own.townCode() != null) ? own.townCode().equals(region) : own.covers(district, null);
		if (!inside) {
			throw invalid("regionCode", "gate.checkpoint.region.outside");
		}
		return region;
	}

	/** Only a factory gate belongs to an enterprise, and only to one of the jurisdiction. */
	private Long enterpriseOf(CurrentUser official, CheckpointInput input) {
		if (input.enterpriseId() == null) {
			return null;
		}
		if (input.kind() != CheckpointKind.FACTORY_GATE) {
			throw invalid("enterpriseId", "gateadmin.enterprise.onlyFactoryGate");
		}
		EnterpriseView enterprise = this.enterprises.find(input.enterpriseId())
			.filter((found) -> official.jurisdiction().covers(found.districtCode(), found.townCode()))
			.orElseThrow(() -> invalid("enterpriseId", "gateadmin.enterprise.outside"));
		return enterprise.id();
	}

	private boolean covers(Jurisdiction own, String regionCode) {
		if (own.townCode() != null) {
			return own.townCode().equals(regionCode);
		}
		return own.covers(this.regions.districtOf(regionCode).orElse(null), null);
	}

	/** Binds a guard of the official's jurisdiction to one of its checkpoints (replacing any binding). */
	@Transactional
	public void assign(CurrentUser official, String guardUsername, long checkpointId) {
		Checkpoint checkpoint = visible(official, checkpointId);
		AccountSummary guard = this.accounts.find(guardUsername)
			.filter((account) -> account.role() == Role.GUARD)
			.orElseThrow(() -> invalid("guard", "gate.guard.unknown"));
		String guardDistrict = this.regions.districtOf(guard.regionCode()).orElse(null);
		Jurisdiction own = official.jurisdiction();
		boolean inside = (own.townCode() != null) ? own.townCode().equals(guard.regionCode())
				: own.covers(guardDistrict, null);
		if (!inside) {
			throw invalid("guard", "gate.guard.outside");
		}
		List<Long> before = this.jdbc.queryForList("SELECT checkpoint_id FROM gate_guard WHERE lower(username) = lower(?)",
				Long.class, guard.username());
		if (!before.isEmpty() && before.get(0) != checkpoint.getId()) {
			// Phones enrolled for the old checkpoint stop at once; the guard enrols again at the new one.
			this.devices.revokeAll(official, guard.username());
		}
		this.jdbc.update("""
				INSERT INTO gate_guard (username, checkpoint_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (username) DO UPDATE SET checkpoint_id = EXCLUDED.checkpoint_id,
				  assigned_at = EXCLUDED.assigned_at, assigned_by = EXCLUDED.assigned_by
				""", guard.username(), checkpoint.getId(), Timestamp.from(this.clock.instant()), official.getUsername());
		this.checkpointOfGuard.remove(guard.username().toLowerCase());
		this.audit.recordAs(official.getUsername(), "GUARD_ASSIGN", "checkpoint", checkpointId, AuditService.SUCCESS,
				guard.username());
	}

	/** The guards bound to checkpoints of the official's jurisdiction: username → checkpoint id. */
	@Transactional(readOnly = true)
	public Map<String, Long> assignments(CurrentUser official) {
		Map<String, Long> bound = new java.util.TreeMap<>();
		List<Long> visible = list(official).stream().map(CheckpointView::id).toList();
		this.jdbc.query("SELECT username, checkpoint_id FROM gate_guard", (rs) -> {
			if (visible.contains(rs.getLong("checkpoint_id"))) {
				bound.put(rs.getString("username"), rs.getLong("checkpoint_id"));
			}
		});
		return bound;
	}

	/** The active checkpoint the guard works at, as this instance saw it in the last ten seconds. */
	public Optional<CheckpointView> checkpointOf(String guardUsername) {
		String key = guardUsername.toLowerCase();
		Instant now = this.clock.instant();
		Bound cached = this.checkpointOfGuard.get(key);
		if (cached != null && cached.until().isAfter(now)) {
			return Optional.ofNullable(cached.checkpoint());
		}
		List<CheckpointView> found = this.jdbc.query("""
				SELECT c.id FROM gate_guard g JOIN checkpoint c ON c.id = g.checkpoint_id
				WHERE lower(g.username) = ? AND c.active
				""", (rs, row) -> rs.getLong("id"), key)
			.stream()
			.map((id) -> this.checkpoints.findById(id).map(Checkpoint::toView).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		CheckpointView checkpoint = found.isEmpty() ? null : found.get(0);
		this.checkpointOfGuard.put(key, new Bound(checkpoint, now.plus(REMEMBER)));
		return Optional.ofNullable(checkpoint);
	}

	/** Any checkpoint by id, for the scan log's readers. */
	@Transactional(readOnly = true)
	public Optional<CheckpointView> byId(long id) {
		return this.checkpoints.findById(id).map(Checkpoint::toView);
	}

	private Checkpoint visible(CurrentUser official, long id) {
		requireKeeper(official);
		Checkpoint checkpoint = this.checkpoints.findById(id).orElseThrow(() -> new NotFoundException("checkpoint"));
		if (!official.jurisdiction().covers(checkpoint.getDistrictCode(), checkpoint.getRegionCode())) {
			throw new NotFoundException("checkpoint");
		}
		return checkpoint;
	}

	private static CurrentUser requireKeeper(CurrentUser official) {
		if (!official.is(Role.DISTRICT_OFFICIAL) && !official.is(Role.TOWN_OFFICER)) {
			throw new AccessDeniedException("Only district and town officials keep checkpoints");
		}
		return official;
	}

	private static InvalidInputException invalid(String field, String key) {
		return new InvalidInputException("problem.400.invalid", List.of(new FieldProblem(field, key)));
	}

	private record Bound(CheckpointView checkpoint, Instant until) {
	}

	/** What an official enters for a checkpoint. */
	public record CheckpointInput(String name, CheckpointKind kind, String regionCode, Long enterpriseId,
			Direction defaultDirection) {
	}

}
