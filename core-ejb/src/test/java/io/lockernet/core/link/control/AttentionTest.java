package io.lockernet.core.link.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionTest {

    private final Attention attention = defaults();

    @Test
    void aHealthyLockerRaisesNothing() {
        assertEquals(List.of(), attention.flags(new Attention.Figures(21.0, 24.0, 90, -70, 80.0, 1)));
    }

    @Test
    void figuresNotMeasuredYetRaiseNothing() {
        assertEquals(List.of(), attention.flags(new Attention.Figures(null, null, null, null, null, 0)));
    }

    @Test
    void eachFigurePastItsThresholdIsOneReadableFlag() {
        List<String> flags = attention.flags(new Attention.Figures(55.0, 20.0, 12, -110, 1500.0, 6));
        assertEquals(List.of("temperature 55.0 °C outside -20.0..50.0", "supply 20.0 V below 21.6",
                "battery 12 % below 20", "signal -110 dBm below -105", "ping round trip p99 1500 ms above 1000",
                "6 outages in 24 h, more than 5"), flags);
    }

    @Test
    void aThresholdItselfIsStillFine() {
        assertEquals(List.of(), attention.flags(new Attention.Figures(50.0, 21.6, 20, -105, 1000.0, 5)));
    }

    private static Attention defaults() {
        Attention a = new Attention();
        a.temperatureMin = -20;
        a.temperatureMax = 50;
        a.supplyMin = 21.6;
        a.batteryMin = 20;
        a.signalMin = -105;
        a.roundTripMax = 1000;
        a.outagesMax = 5;
        return a;
    }
}
