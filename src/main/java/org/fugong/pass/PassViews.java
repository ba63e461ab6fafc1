package org.fugong.pass;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Finding passes and what a pass shows its reader: the holder's name, code and
 * token only to its own enterprise, and whether the enterprise's whitelist entry
 * stops it now. The callers' transactions and scope checks hold.
 */
@Component
@RequiredArgsConstructor
class PassViews {

	private final PassRepository passes;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final Clock clock;

	Page<PassView> search(CurrentUser user, PassQuery query, Pageable pageable) {
		Instant now = this.clock.instant();
		PassScope scope = PassScope.of(user, query, now);
		// Each enterprise's name and whitelist standing once per page, not once per pass.
		Map<Long, Issuer> issuers = new HashMap<>();
		return this.passes
			.search(scope.enterprise(), scope.jurisdiction().districtCode(), scope.jurisdiction().townCode(),
					scope.type(), scope.employee(), scope.stored(), scope.validAfter(), scope.endedBy(), scope.like(),
					scope.code(), pageable)
			.map((pass) -> toView(pass, issuers.computeIfAbsent(pass.getEnterpriseId(), this::issuer),
					!user.isOfficial(), now));
	}

	/** The passes of the caller's enterprise among {@code ids} (for printing cards), in the order asked. */
	List<PassView> ownPasses(CurrentUser user, List<Long> ids) {
		long enterpriseId = user.requireEnterpriseId();
		Issuer issuer = issuer(enterpriseId);
		Instant now = this.clock.instant();
		Map<Long, Pass> found = new HashMap<>();
		this.passes.findByIdInAndEnterpriseId(ids, enterpriseId).forEach((pass) -> found.put(pass.getId(), pass));
		return ids.stream().filter(found::containsKey).map((id) -> toView(found.get(id), issuer, true, now)).toList();
	}

	/** The pass behind a holder's link, for the holder's own page; empty when the link is unknown or replaced. */
	Optional<PassView> byHolderLink(String link) {
		if (link == null || link.length() > 64) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.passes.findByHolderLinkHash(PassWriter.sha256(link))
			.map((pass) -> toView(pass, issuer(pass.getEnterpriseId()), true, now));
	}

	PassView view(CurrentUser user, Pass pass, EnterpriseView enterprise) {
		String name = (enterprise != null) ? enterprise.name() : enterpriseName(pass.getEnterpriseId());
		return toView(pass, new Issuer(name, enterpriseHalted(pass.getEnterpriseId())), !user.isOfficial(),
				this.clock.instant());
	}

	static PassView toView(Pass pass, Issuer issuer, boolean own, Instant now) {
		PassStatus status = pass.statusAt(now);
		return new PassView(pass.getId(), pass.getType(), status, pass.getHolderMasked(),
				own ? pass.getHolderName() : null, pass.getEnterpriseId(), issuer.name(), pass.getEmployeeId(),
				pass.getDepartment(), pass.getScope(), own ? pass.getShortCode() : null, pass.getValidFrom(),
				pass.getValidTo(),
				pass.getIssuedAt(), pass.getIssuedBy(), pass.getRevokedAt(), pass.getRevokeReason(), pass.getKid(),
				(own && status != PassStatus.REVOKED) ? pass.getToken() : null,
				status == PassStatus.ACTIVE && issuer.halted(), pass.getVersion());
	}

	Issuer issuer(long enterpriseId) {
		return new Issuer(enterpriseName(enterpriseId), enterpriseHalted(enterpriseId));
	}

	String enterpriseName(long enterpriseId) {
		return this.enterprises.find(enterpriseId).map(EnterpriseView::name).orElse("");
	}

	/** Whether the enterprise has no active whitelist entry now (its passes do not verify). */
	boolean enterpriseHalted(long enterpriseId) {
		return this.whitelist.standingOf(enterpriseId) != WhitelistStanding.ACTIVE;
	}

	/** What a pass shows of its enterprise: the name, and whether its whitelist entry stops it now. */
	record Issuer(String name, boolean halted) {
	}

}
