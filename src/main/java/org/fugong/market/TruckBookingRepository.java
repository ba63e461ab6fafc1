package org.fugong.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TruckBookingRepository extends JpaRepository<TruckBooking, Long> {

	@Query("""
			SELECT b.truckId FROM TruckBooking b
			WHERE b.date = :date AND b.state IN (org.fugong.market.TruckBookingState.REQUESTED,
			  org.fugong.market.TruckBookingState.CONFIRMED)""")
	List<Long> heldOn(LocalDate date);

	boolean existsByTruckIdAndDateAndStateIn(long truckId, LocalDate date, Collection<TruckBookingState> states);

	/** The bookings an enterprise made or received, the latest days first. */
	@Query("""
			SELECT b FROM TruckBooking b
			WHERE b.bookerEnterpriseId = :enterprise OR b.carrierEnterpriseId = :enterprise
			ORDER BY b.date DESC, b.id DESC""")
	List<TruckBooking> ofEnterprise(long enterprise);

	/** The bookings of trucks based in a jurisdiction from a day on. */
	@Query("""
			SELECT b FROM TruckBooking b
			WHERE (:district IS NULL OR b.districtCode = :district) AND (:town IS NULL OR b.townCode = :town)
			  AND b.date >= :from
			ORDER BY b.date DESC, b.id DESC""")
	List<TruckBooking> inJurisdiction(String district, String town, LocalDate from);

	@Query("""
			SELECT b FROM TruckBooking b
			WHERE b.truckId IN :trucks AND b.date BETWEEN :from AND :to""")
	List<TruckBooking> ofTrucksBetween(Collection<Long> trucks, LocalDate from, LocalDate to);

	@Query("""
			SELECT b.id FROM TruckBooking b
			WHERE b.state = org.fugong.market.TruckBookingState.REQUESTED AND b.deadline <= :now""")
	List<Long> overdue(Instant now);

	List<TruckBooking> findByIdIn(Collection<Long> ids);

}
