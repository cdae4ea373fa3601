package dev.poolforge.internal;

/**
 * Sixty-four bytes before the fields of a class whose fields one thread writes while another
 * reads or writes what lies before them in the heap: a lane, a stripe, a lane seat. Each such
 * class extends this, so that its first field lies a cache line past its object's start.
 *
 * <p>Bytes, not longs. Since JDK 15 HotSpot puts a subclass's field into a hole a superclass
 * left: eight longs after the 12-byte object header left a 4-byte hole at offset 12, and a lane's
 * object, which every acquire and release CASes, went into it, right after the header. Lane 0
 * then shared a line with the end of the array of lanes, which every thread reads, and two
 * threads ran about three times slower in the benchmark forks where the array fell so
 * (benchmarks/README.md). Bytes leave no hole, whatever the header's size; {@code
 * PaddingLayoutTest} checks each layout users run.
 */
abstract class CacheLinePadding {
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015;
    byte p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029, p030, p031;
    byte p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044, p045, p046, p047;
    byte p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059, p060, p061, p062, p063;
}
