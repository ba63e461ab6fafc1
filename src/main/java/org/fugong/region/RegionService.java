package org.fugong.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The region tree, loaded once: it is small reference data read on nearly every
 * request (jurisdiction checks, forms), so it is kept in memory, not queried.
 */
@Service
public class RegionService {

	private final Map<String, RegionView> byCode;

	private final Map<String, List<RegionView>> children;

	private final List<RegionView> roots;

	RegionService(RegionRepository regions) {
		Map<String, RegionView> all = new LinkedHashMap<>();
		Map<String, List<RegionView>> kids = new LinkedHashMap<>();
		List<RegionView> top = new ArrayList<>();
		regions.findAll()
			.stream()
			.map(Region::toView)
			.sorted(Comparator.comparingInt(RegionView::sortOrder).thenComparing(RegionView::code))
			.forEach((region) -> {
				all.put(region.code(), region);
				if (region.parentCode() == null) {
					top.add(region);
				}
				else {
					kids.computeIfAbsent(region.parentCode(), (key) -> new ArrayList<>()).add(region);
				}
			});
		this.byCode = Map.copyOf(all);
		this.children = Map.copyOf(kids);
		this.roots = List.copyOf(top);
	}

	public Optional<RegionView> find(String code) {
		return Optional.ofNullable((code != null) ? this.byCode.get(code) : null);
	}

	/** The region's name in the reader's language, or the code itself when unknown. */
	public String nameOf(String code, Locale locale) {
		return find(code).map((region) -> region.displayName(locale)).orElse(code);
	}

	/** The children of a region, or the top of the tree when {@code parentCode} is null. */
	public List<RegionView> children(String parentCode) {
		if (parentCode == null) {
			return this.roots;
		}
		return this.children.getOrDefault(parentCode, List.of());
	}

	public List<RegionView> districts() {
		return this.byCode.values()
			.stream()
			.filter((region) -> region.level() == RegionLevel.DISTRICT)
			.sorted(Comparator.comparingInt(RegionView::sortOrder))
			.toList();
	}

	/** Whether {@code code} is {@code ancestorCode} itself or lies below it. */
	public boolean isWithin(String code, String ancestorCode) {
		if (code == null || ancestorCode == null) {
			return false;
		}
		RegionView current = this.byCode.get(code);
		while (current != null) {
			if (current.code().equals(ancestorCode)) {
				return true;
			}
			current = (current.parentCode() != null) ? this.byCode.get(current.parentCode()) : null;
		}
		return false;
	}

	/** Whether the town is a town directly under the district. */
	public boolean isTownOf(String townCode, String districtCode) {
		return find(townCode)
			.filter((town) -> town.level() == RegionLevel.TOWN && districtCode != null
					&& districtCode.equals(town.parentCode()))
			.isPresent();
	}

	public boolean isDistrict(String code) {
		return find(code).filter((region) -> region.level() == RegionLevel.DISTRICT).isPresent();
	}

	/** The district a region lies in (itself for a district); empty above district level or when unknown. */
	public Optional<String> districtOf(String code) {
		RegionView current = (code != null) ? this.byCode.get(code) : null;
		while (current != null) {
			if (current.level() == RegionLevel.DISTRICT) {
				return Optional.of(current.code());
			}
			current = (current.parentCode() != null) ? this.byCode.get(current.parentCode()) : null;
		}
		return Optional.empty();
	}

}
