/**
 * The gate (卡口扫码): checkpoints (factory gates, road checkpoints, quarantine
 * points) with the guards bound to them, verifying a scanned pass with a verdict
 * in a blink, the scan log every verdict is written to before it is answered, the
 * offline bundle and the sync of scans made without a network, and the traces of
 * vehicles (checkpoint → arrival → departure).
 */
package org.fugong.gate;
