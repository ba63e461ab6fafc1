package org.fugong.common;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/holidays?year=}: the days the working-day deadlines skip
 * (HOLIDAY) or count although they fall on a weekend (WORKDAY).
 */
@RestController
@RequiredArgsConstructor
class HolidayApiController {

	private final WorkingCalendar calendar;

	@Operation(summary = "节假日与调休 · Holidays", description = "法定节假日与调休工作日，用于计算办理时限。")
	@GetMapping("/api/v1/holidays")
	List<WorkingCalendar.Holiday> list(@RequestParam(required = false) Integer year) {
		return this.calendar.ofYear((year != null) ? year : TimeFormat.today().getYear());
	}

}
