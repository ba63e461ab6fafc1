package org.fugong.region;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@RequiredArgsConstructor
class RegionApiController {

	private final RegionService regions;

	@Operation(summary = "行政区划 · Regions", description = "区或街镇列表；不带参数时为各区。")
	@GetMapping
	List<RegionItem> children(@RequestParam(required = false) String parent) {
		return this.regions.children((parent == null || parent.isBlank()) ? null : parent.trim())
			.stream()
			.map((region) -> new RegionItem(region.code(), region.name(), region.nameEn(), region.level()))
			.toList();
	}

	record RegionItem(String code, String name, String nameEn, RegionLevel level) {
	}

}
