package org.fugong.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GuidanceService {

	private final GuidanceRepository guidance;

	public List<GuidanceView> all() {
		return this.guidance.findAllByOrderById().stream().map(Guidance::toView).toList();
	}

	/** The guidance an enterprise of this industry and size should read. */
	public List<GuidanceView> forEnterprise(EnterpriseView enterprise) {
		return all().stream().filter((g) -> g.concerns(enterprise)).toList();
	}

	public GuidanceView byCode(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("guidance"));
	}

	public Optional<GuidanceView> find(String code) {
		return this.guidance.findByCode(code).map(Guidance::toView);
	}

	public List<GuidanceView> byIds(Collection<Long> ids) {
		return all().stream().filter((g) -> ids.contains(g.id())).toList();
	}

}
