package dev.poolforge;

import dev.poolforge.Token.TokenPool;

/**
 * What an application in its own class loader does with poolforge: makes a named pool (so an
 * MXBean is registered and Flight Recorder is listened to), uses it and forgets it. Loaded by
 * {@link ClassLoaderLeakProbe} in a throw-away loader together with its own copy of the runtime.
 */
public final class LoaderUser {
    private LoaderUser() {
    }

    public static void run() {
        TokenPool pool = new TokenPool(PoolConfig.builder().name("undeployed").build());
        pool.release(pool.acquire());
        pool.release(pool.acquire());
    }
}
