package org.fugong.gate;

/** A factory gate (厂门), a road checkpoint (卡口) or a quarantine point (隔离点). */
public enum CheckpointKind {

	FACTORY_GATE, ROAD_CHECKPOINT, QUARANTINE_POINT

}
