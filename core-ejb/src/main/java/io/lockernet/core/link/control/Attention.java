package io.lockernet.core.link.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Thresholds on a locker's vitals and link figures; each figure past its threshold is one readable flag, so an
 * operator sees which lockers need attention before a customer finds one that will not open. A figure not
 * measured yet raises nothing.
 */
@ApplicationScoped
public class Attention {

    @Inject
    @ConfigProperty(name = "lockernet.attention.temperature-min-c", defaultValue = "-20")
    double temperatureMin;

    @Inject
    @ConfigProperty(name = "lockernet.attention.temperature-max-c", defaultValue = "50")
    double temperatureMax;

    @Inject
    @ConfigProperty(name = "lockernet.attention.supply-min-volt", defaultValue = "21.6")
    double supplyMin;

    @Inject
    @ConfigProperty(name = "lockernet.attention.battery-min-percent", defaultValue = "20")
    int batteryMin;

    @Inject
    @ConfigProperty(name = "lockernet.attention.signal-min-dbm", defaultValue = "-105")
    int signalMin;

    @Inject
    @ConfigProperty(name = "lockernet.attention.round-trip-p99-max-ms", defaultValue = "1000")
    double roundTripMax;

    @Inject
    @ConfigProperty(name = "lockernet.attention.outages-24h-max", defaultValue = "5")
    int outagesMax;

    /** What a locker last reported and what its link did; null where nothing was measured. */
    public record Figures(Double temperatureC, Double supplyVoltage, Integer batteryPercent, Integer signalDbm,
                          Double roundTripP99Ms, int outages24h) {
    }

    public List<String> flags(Figures f) {
        List<String> flags = new ArrayList<>();
        if (f.temperatureC() != null && (f.temperatureC() < temperatureMin || f.temperatureC() > temperatureMax)) {
            flags.add("temperature " + f.temperatureC() + " °C outside " + temperatureMin + ".." + temperatureMax);
        }
        if (f.supplyVoltage() != null && f.supplyVoltage() < supplyMin) {
            flags.add("supply " + f.supplyVoltage() + " V below " + supplyMin);
        }
        if (f.batteryPercent() != null && f.batteryPercent() < batteryMin) {
            flags.add("battery " + f.batteryPercent() + " % below " + batteryMin);
        }
        if (f.signalDbm() != null && f.signalDbm() < signalMin) {
            flags.add("signal " + f.signalDbm() + " dBm below " + signalMin);
        }
        if (f.roundTripP99Ms() != null && f.roundTripP99Ms() > roundTripMax) {
            flags.add("ping round trip p99 " + Math.round(f.roundTripP99Ms()) + " ms above " + Math.round(roundTripMax));
        }
        if (f.outages24h() > outagesMax) {
            flags.add(f.outages24h() + " outages in 24 h, more than " + outagesMax);
        }
        return flags;
    }
}
