package org.fugong.market;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared-truck API of {@code API.md} (v1.1): carriers put trucks into the
 * pool, enterprises search it and book, carriers confirm or decline; added: the
 * carrier's trucks and withdrawal, the booking lists and one booking, cancelling
 * a request, and the pool's use per day.
 */
@RestController
@RequiredArgsConstructor
class TruckApiController {

	private final TruckPoolService pool;

	private final TruckBookingService bookings;

	private final TruckUse use;

	@Operation(summary = "货车入池 · Put a truck into the pool",
			description = "已核验、在白名单中的承运企业把自己的货车登记进所在区的共享货车池：车牌、车型、载重（吨）、是否冷链、"
					+ "所在街镇、常用司机（本企业在岗员工），可选服务的星期、街镇与起止日期。同一车牌在池中只能有一条。")
	@PostMapping("/api/v1/trucks")
	ResponseEntity<TruckView> register(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody TruckForm form) {
		TruckView truck = this.pool.register(user, form.toInput());
		return ResponseEntity.created(URI.create("/api/v1/trucks/" + truck.id())).body(truck);
	}

	@Operation(summary = "我的货车 · My trucks",
			description = "承运企业自己的货车（在池中的在前），含常用司机（姓名脱敏）与其当前检测状态。")
	@GetMapping("/api/v1/trucks/mine")
	List<TruckView> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.pool.mine(user);
	}

	@Operation(summary = "货车出池 · Withdraw a truck", description = "承运企业把自己的一辆货车撤出货车池；已有的预约不受影响。")
	@PostMapping("/api/v1/trucks/{id}/withdraw")
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.pool.withdraw(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "查询可约货车 · Trucks free on a day",
			description = "某日空闲、服务该区域（街镇或区；企业不填时为本区）、载重不低于 minTons、需要时为冷链的货车，载重小的在前；"
					+ "车牌脱敏，不含司机与电话。企业看不到自己的货车；工作人员只看到辖区的货车池。")
	@GetMapping("/api/v1/trucks/availability")
	List<TruckOffer> availability(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String region, @RequestParam(required = false) BigDecimal minTons,
			@RequestParam(required = false) Boolean coldChain) {
		return this.pool.availability(user, date, region, minTons, coldChain);
	}

	@Operation(summary = "预约货车 · Book a truck",
			description = "企业预约池中一辆货车的某一天：起点、终点、货物，可选通行范围 scope（默认市内）。"
					+ "承运企业须在答复期限内确认或拒绝，逾期自动失效。该车当天已被预约时答 409。")
	@PostMapping("/api/v1/truck-bookings")
	ResponseEntity<BookingCreated> book(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody TruckBookingForm form) {
		TruckBookingView booking = this.bookings.book(user, form.toInput());
		return ResponseEntity.created(URI.create("/api/v1/truck-bookings/" + booking.id()))
			.body(new BookingCreated(booking.id(), booking.state().name(), booking.deadline().toString()));
	}

	@Operation(summary = "货车预约列表 · List truck bookings",
			description = "企业：自己发出和收到的预约；工作人员：辖区货车 30 天以来的预约。待答复的在前，重点保供企业的在前。")
	@GetMapping("/api/v1/truck-bookings")
	List<TruckBookingView> list(@AuthenticationPrincipal CurrentUser user) {
		return this.bookings.list(user);
	}

	@Operation(summary = "货车预约详情 · Show a truck booking",
			description = "预约双方与货车所在辖区的工作人员可见；确认后含车辆报备 tripId 与其状态，双方可见对方联系人与电话。")
	@GetMapping("/api/v1/truck-bookings/{id}")
	TruckBookingView show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.bookings.find(user, id);
	}

	@Operation(summary = "确认预约 · Confirm a booking",
			description = "承运企业在期限内确认：为该车与司机（默认常用司机，可用 driverId 另指定）生成当天的车辆报备（待区里审批通行证），"
					+ "预约记下 tripId。承运企业不在白名单或司机检测阳性时答 422，什么也不改。")
	@PostMapping("/api/v1/truck-bookings/{id}/confirm")
	TruckBookingView confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) TruckAnswerForm form) {
		return this.bookings.confirm(user, id, (form != null) ? form.getDriverId() : null);
	}

	@Operation(summary = "拒绝预约 · Decline a booking", description = "承运企业在期限内拒绝，可附原因 reason；预约企业收到通知。")
	@PostMapping("/api/v1/truck-bookings/{id}/decline")
	TruckBookingView decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) TruckAnswerForm form) {
		return this.bookings.decline(user, id, (form != null) ? form.getReason() : null);
	}

	@Operation(summary = "撤回预约 · Cancel a booking", description = "预约企业在承运企业答复前撤回自己的预约，可附原因 reason。")
	@PostMapping("/api/v1/truck-bookings/{id}/cancel")
	TruckBookingView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) TruckAnswerForm form) {
		return this.bookings.cancel(user, id, (form != null) ? form.getReason() : null);
	}

	@Operation(summary = "货车池每日使用 · Pool use per day",
			description = "每天服务中的货车数、已确认、待答复与空闲数：承运企业看自己的货车，工作人员看辖区的货车池。"
					+ "默认一周前到一周后，最多 62 天。")
	@GetMapping("/api/v1/stats/trucks")
	List<TruckDayUse> perDay(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.use.perDay(user, from, to);
	}

	record BookingCreated(long id, String state, String deadline) {
	}

}
