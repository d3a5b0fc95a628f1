package org.kenes.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: the real time, moved forward when a test needs a meeting to have
 * taken place or a deadline to have passed. A test that moves it puts it back when it ends.
 */
public final class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    private final ZoneId zone;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        Clock testClock() {
            return new TestClock(ZoneOffset.UTC);
        }
    }
}
