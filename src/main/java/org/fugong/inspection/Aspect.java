package org.fugong.inspection;

/**
 * The six aspects an inspection checks on site, in the order the form asks them:
 * closed loop 闭环管理, zoning 分区管理, lodging and dining 住宿就餐, staff 人员管理
 * (sampling and quiet-period staff lists included), disinfection 消杀 and vehicles 车辆.
 */
public enum Aspect {

	CLOSED_LOOP, ZONING, LODGING_DINING, STAFF, DISINFECTION, VEHICLES

}
