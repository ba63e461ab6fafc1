package org.fugong.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key supply-chain firms (重点保供企业): a district official flags an
 * enterprise of the district with the chain it belongs to, or clears the flag.
 * Their posts are marked and ranked first.
 */
@Service
@RequiredArgsConstructor
class KeyFirmService {

	private final KeyFirmRepository keyFirms;

	private final EnterpriseService enterprises;

	private final Clock clock;

	@Transactional
	KeyFirmView flag(CurrentUser official, long enterpriseId, String chain) {
		EnterpriseView enterprise = inDistrict(official, enterpriseId);
		Instant now = Instant.now(this.clock);
		KeyFirm firm = this.keyFirms.findById(enterpriseId).orElse(null);
		if (firm == null) {
			firm = this.keyFirms.save(
					new KeyFirm(enterpriseId, enterprise.districtCode(), chain, official.getUsername(), now));
		}
		else {
			firm.rechain(chain, official.getUsername(), now);
		}
		return view(firm, enterprise);
	}

	@Transactional
	void unflag(CurrentUser official, long enterpriseId) {
		inDistrict(official, enterpriseId);
		KeyFirm firm = this.keyFirms.findById(enterpriseId).orElseThrow(() -> new NotFoundException("keyFirm"));
		this.keyFirms.delete(firm);
	}

	/** The key firms of the official's district (a city official: all; a town officer: the town's district). */
	@Transactional(readOnly = true)
	List<KeyFirmView> list(CurrentUser official) {
		List<KeyFirm> firms = (official.is(Role.CITY_OFFICIAL)) ? this.keyFirms.findAllByOrderByFlaggedAtDesc()
				: this.keyFirms.findByDistrictCodeOrderByFlaggedAtDesc(districtOf(official));
		Map<Long, EnterpriseView> byId = firms.isEmpty() ? Map.of()
				: this.enterprises.findAll(firms.stream().map(KeyFirm::getEnterpriseId).toList())
					.stream()
					.collect(Collectors.toMap(EnterpriseView::id, Function.identity()));
		return firms.stream()
			.filter((f) -> official.jurisdiction().townCode() == null || (byId.containsKey(f.getEnterpriseId())
					&& official.jurisdiction().townCode().equals(byId.get(f.getEnterpriseId()).townCode())))
			.map((f) -> view(f, byId.get(f.getEnterpriseId())))
			.toList();
	}

	private EnterpriseView inDistrict(CurrentUser official, long enterpriseId) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only a district official flags key firms");
		}
		return this.enterprises.find(enterpriseId)
			.filter((e) -> official.regionCode().equals(e.districtCode()))
			.orElseThrow(() -> new NotFoundException("enterprise"));
	}

	private String districtOf(CurrentUser official) {
		String region = official.regionCode();
		return (region != null && region.length() > 6) ? region.substring(0, 6) : region;
	}

	private static KeyFirmView view(KeyFirm firm, EnterpriseView enterprise) {
		return new KeyFirmView(firm.getEnterpriseId(), (enterprise != null) ? enterprise.name() : "",
				(enterprise != null) ? enterprise.townCode() : null, firm.getChain(), firm.getFlaggedBy(),
				firm.getFlaggedAt());
	}

}
