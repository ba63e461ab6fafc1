/**
 * The gate (卡口扫码): checkpoints (factory gates, road checkpoints, quarantine
 * points) with the guards bound to them, verifying a scanned pass with a verdict
 * in a blink, the scan log every verdict is written to before it is answered, the
 * offline bundle and the sync of scans made without a network, and the traces of
 * vehicles (checkpoint → arrival → departure), whose scans out of the loop's
 * order ({@link org.fugong.gate.TripSequence}) are flagged; other modules ask
 * about vehicles through {@link org.fugong.gate.VehicleMovements}.
 */
package org.fugong.gate;
