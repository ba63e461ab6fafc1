package org.fugong.vehicle;

import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleSettingRepository extends JpaRepository<VehicleSetting, String> {
}
