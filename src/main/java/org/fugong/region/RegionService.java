package org.fugong.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

/**
 * The region tree, loaded once at its first use: it is small reference data read on nearly every
 * request (jurisdiction checks, forms), so it is kept in memory, not queried.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionService {

	private final RegionRepository regions;

	private volatile Tree tree;

	/** Loaded at the first use, not while the application starts: nothing on the start path needs it. */
	private Tree tree() {
		Tree loaded = this.tree;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.tree;
				if (loaded == null) {
					loaded = load();
					this.tree = loaded;
				}
			}
		}
		return loaded;
	}

	private Tree load() {
		Map<String, RegionView> all = new LinkedHashMap<>();
		Map<String, List<RegionView>> kids = new LinkedHashMap<>();
		List<RegionView> top = new ArrayList<>();
		this.regions.findAll()
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
		return new Tree(Map.copyOf(all), Map.copyOf(kids), List.copyOf(top));
	}

	private record Tree(Map<String, RegionView> byCode, Map<String, List<RegionView>> children,
			List<RegionView> roots) {
	}

	public Optional<RegionView> find(String code) {
		return Optional.ofNullable((code != null) ? tree().byCode().get(code) : null);
	}

	/** The region's name in the reader's language, or the code itself when unknown. */
	public String nameOf(String code, Locale locale) {
		return find(code).map((region) -> region.displayName(locale)).orElse(code);
	}

	/** The children of a region, or the top of the tree when {@code parentCode} is null. */
	public List<RegionView> children(String parentCode) {
		if (parentCode == null) {
			return tree().roots();
		}
		return tree().children().getOrDefault(parentCode, List.of());
	}

	public List<RegionView> districts() {
		return tree().byCode().values()
			.stream()
			.filter((region) -> region.level() == RegionLevel.DISTRICT)
			.sorted(Comparator.comparingInt(RegionView::sortOrder))
			.toList();
	}

	/**
	 * Each district followed by its towns, as a filter or an editor offers them:
	 * the one district {@code districtCode} names (none if it names none), or
	 * every district when it is null.
	 */
	public List<RegionView> districtsAndTowns(String districtCode) {
		List<RegionView> districts = (districtCode != null) ? find(districtCode).stream().toList() : districts();
		List<RegionView> choices = new ArrayList<>();
		for (RegionView district : districts) {
			choices.add(district);
			choices.addAll(children(district.code()));
		}
		return choices;
	}

	/** Whether {@code code} is {@code ancestorCode} itself or lies below it. */
	public boolean isWithin(String code, String ancestorCode) {
		if (code == null || ancestorCode == null) {
			return false;
		}
		RegionView current = tree().byCode().get(code);
		while (current != null) {
			if (current.code().equals(ancestorCode)) {
				return true;
			}
			current = (current.parentCode() != null) ? tree().byCode().get(current.parentCode()) : null;
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
		RegionView current = (code != null) ? tree().byCode().get(code) : null;
		while (current != null) {
			if (current.level() == RegionLevel.DISTRICT) {
				return Optional.of(current.code());
			}
			current = (current.parentCode() != null) ? tree().byCode().get(current.parentCode()) : null;
		}
		return Optional.empty();
	}

}
