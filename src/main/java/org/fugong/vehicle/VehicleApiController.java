package org.fugong.vehicle;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.MobilePhone;
import org.fugong.common.PageResponse;
import org.fugong.common.Plate;
import org.fugong.common.ResidentId;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.vehicle.VehicleService.Decision;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vehicle trips over JSON ({@code API.md}): registering, listing, one trip, the
 * district's decision, and (beyond the contract) cancelling a pending trip and
 * the figures per scope.
 */
@RestController
@RequestMapping("/api/v1/passes/vehicle")
@RequiredArgsConstructor
class VehicleApiController {

	private final VehicleService vehicles;

	private final TripDecisions decisions;

	private final TripTraces traces;

	@Operation(summary = "申请车辆通行 · Register a vehicle trip", description = "企业为货运车辆申请通行。")
	@PostMapping
	ResponseEntity<TripView> register(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody TripRequest request) {
		TripView trip = this.vehicles.register(user, request.toInput(),
				new RouteRequest(request.receiverEnterpriseId(), null, request.quarantinePointId()));
		return ResponseEntity.created(URI.create("/api/v1/passes/vehicle/" + trip.id())).body(trip);
	}

	/** The caller's trips: an enterprise's own, an official's jurisdiction's; every status unless asked. */
	@Operation(summary = "车辆通行申请 · Search vehicle trips", description = "企业看自己的申请；工作人员看辖区内的。")
	@GetMapping
	PageResponse<TripView> search(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute TripSearchForm form) {
		return PageResponse.of(this.vehicles.search(user, form.toQuery(null),
				form.paging().toPageable(form.sort() != null ? form.order() : TripSearchForm.NEWEST_FIRST)), (t) -> t);
	}

	@Operation(summary = "车辆通行统计 · Vehicle figures", description = "按状态统计的车辆通行申请。")
	@GetMapping("/figures")
	java.util.List<ScopeFigures> figures(@AuthenticationPrincipal CurrentUser user) {
		return this.vehicles.figures(user);
	}

	@Operation(summary = "车辆通行详情 · Show a trip", description = "一次车辆通行申请。")
	@GetMapping("/{id}")
	TripView find(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.vehicles.find(user, id);
	}

	@Operation(summary = "车辆轨迹 · A trip's timeline",
			description = "三点往返：卡口进 → 到达收货企业 →（隔离点）→ 离开 → 卡口出，各扫码点按时间排列，标出顺序不符与超时未离开。")
	@GetMapping("/{id}/timeline")
	TripTimeline timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.traces.timeline(user, id);
	}

	@Operation(summary = "审批车辆通行 · Decide on a trip", description = "区级审核人员批准或驳回；带上所见的 version。")
	@PostMapping("/{id}/decisions")
	TripView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionRequest request) {
		return this.decisions.decide(user, id, request.action(), request.opinion(), request.version());
	}

	@Operation(summary = "撤回车辆通行 · Cancel a trip", description = "企业撤回待审的申请。")
	@PostMapping("/{id}/cancel")
	TripView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) VersionRequest request) {
		return this.vehicles.cancel(user, id, (request != null) ? request.version() : null);
	}

	record TripRequest(@NotBlank(message = "{validation.required}") @Plate String plate,
			@NotNull(message = "{validation.required}") VehicleType vehicleType,
			@NotBlank(message = "{validation.required}") @Size(max = 50,
					message = "{validation.size.max50}") String driverName,
			@NotBlank(message = "{validation.required}") @MobilePhone String driverPhone,
			@NotBlank(message = "{validation.required}") @ResidentId(
					message = "{vehicle.validation.idNumber.invalid}") String driverIdNumber,
			@NotNull(message = "{validation.required}") VehicleScope scope,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.size.max200}") String origin,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.size.max200}") String destination,
			@NotNull(message = "{validation.required}") OffsetDateTime validFrom,
			@NotNull(message = "{validation.required}") OffsetDateTime validTo,
			@Size(max = 200, message = "{validation.size.max200}") String cargo, Long receiverEnterpriseId,
			Long quarantinePointId) {

		TripInput toInput() {
			return new TripInput(this.plate, this.vehicleType, this.driverName, this.driverPhone,
					this.driverIdNumber, this.scope, this.origin, this.destination, this.validFrom.toInstant(),
					this.validTo.toInstant(), this.cargo);
		}

		@Override
		public String toString() {
			return "TripRequest[" + this.plate + "]";
		}

	}

	/** {@code version} is optional: given, the decision applies only if nobody changed the trip since. */
	record DecisionRequest(@NotNull(message = "{validation.required}") Decision action,
			@Size(max = 500, message = "{vehicle.validation.opinion.tooLong}") String opinion, Long version) {
	}

	record VersionRequest(Long version) {
	}

}
