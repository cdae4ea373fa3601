package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guarantee 12: an application that used poolforge from its own class loader, and is undeployed,
 * leaves nothing behind that keeps that loader alive: not the clock thread (which must inherit no
 * context and end with the last pool), not the MBean server, not Flight Recorder.
 */
class ClassLoaderLeakTest {

    @Test
    void anUndeployedApplicationsClassLoaderIsCollected() throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of("-cp", System.getProperty("java.class.path")),
                ClassLoaderLeakProbe.class.getName());
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("loader collected; clock thread alive: false");
    }
}
