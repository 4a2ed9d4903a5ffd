package io.lockernet.routing.bench;

import io.lockernet.routing.RandomCity;
import io.lockernet.routing.boundary.NearestNeighbour;
import io.lockernet.routing.boundary.RoutePlanner;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * The routing benchmark (docs/benchmarks.md): on a seeded random city, the solver after a fixed time against the
 * nearest-neighbour baseline, then the wall time of re-plans, each after one locker with parcels goes offline.
 * Not a test: its figures depend on the machine. Arguments, all optional: seed, solving seconds, re-plan events,
 * re-plan cap in seconds.
 *
 * <pre>mvn -o -q -pl routing -Pbench test-compile exec:java</pre>
 */
public final class RoutingBench {

    private RoutingBench() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261204L;
        var solving = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        int events = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var cap = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        var city = RandomCity.generate(seed, 40, 15, 8, 80, 500);
        System.out.printf("seed %d: %d lockers, %d couriers, %d parcels%n", seed, city.lockers().size(),
                city.couriers().size(), city.parcels().size());

        long t0 = System.nanoTime();
        var baseline = new NearestNeighbour().plan(city);
        long baselineMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        // no early stop here: the question is what the full time buys
        var solved = new RoutePlanner(solving).plan(city, solving);
        long solvedMs = (System.nanoTime() - t0) / 1_000_000;

        System.out.println("| planner | time | distance (km) | ratio to baseline | late stops | unrouted"
                + " | stops | not at the customer's choice | score |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        row("nearest neighbour", baselineMs, baseline, baseline, city);
        row("Timefold", solvedMs, solved, baseline, city);

        replans(city, solved, events, cap, new Random(seed));
    }

    private static void row(String name, long ms, RoutePlan plan, RoutePlan baseline, RoutingProblem city) {
        int stops = plan.routes().stream().mapToInt(route -> route.stops().size()).sum();
        System.out.printf("| %s | %,d ms | %.1f | %.3f | %d | %d | %d | %d | %s |%n", name, ms, plan.metres() / 1000,
                plan.metres() / baseline.metres(), plan.lateStops(), plan.unrouted().size(), stops,
                notFirstChoice(plan, city), plan.score());
    }

    private static long notFirstChoice(RoutePlan plan, RoutingProblem city) {
        var lockers = plan.lockerOfParcel();
        return city.parcels().stream()
                .filter(parcel -> lockers.containsKey(parcel.id()))
                .filter(parcel -> !parcel.lockers().get(0).equals(lockers.get(parcel.id())))
                .count();
    }

    private static void replans(RoutingProblem city, RoutePlan current, int events, Duration cap, Random random) {
        var planner = new RoutePlanner();
        var wall = new Histogram(60_000, 3);
        var used = new ArrayList<>(current.routes().stream()
                .flatMap(route -> route.stops().stream()).map(stop -> stop.locker()).distinct().sorted().toList());
        System.out.println();
        System.out.println("| event | locker offline | its parcels | of which allowed at no other online locker"
                + " | wall time | unrouted after | late stops after | km after |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int event = 1; event <= events && !used.isEmpty(); event++) {
            var offline = used.remove(random.nextInt(used.size()));
            var changed = withOffline(city, offline);
            var lockerOf = current.lockerOfParcel();
            var itsParcels = city.parcels().stream()
                    .filter(parcel -> offline.equals(lockerOf.get(parcel.id()))).toList();
            long stranded = itsParcels.stream().filter(parcel -> parcel.lockers().size() == 1).count();
            long t0 = System.nanoTime();
            var after = planner.replan(current, changed, cap);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            wall.recordValue(ms);
            System.out.printf("| %d | %s | %d | %d | %,d ms | %d | %d | %.1f |%n", event, offline, itsParcels.size(),
                    stranded, ms,
                    after.unrouted().size(), after.lateStops(), after.metres() / 1000);
        }
        System.out.printf("%nre-plan wall time over %d events (cap %s, stop after %s unimproved): p50 %,d ms,"
                + " p99 %,d ms, max %,d ms%n", wall.getTotalCount(), cap.toSeconds() + " s",
                RoutePlanner.DEFAULT_UNIMPROVED.toSeconds() + " s", wall.getValueAtPercentile(50),
                wall.getValueAtPercentile(99), wall.getMaxValue());
    }

    private static RoutingProblem withOffline(RoutingProblem city, String locker) {
        var lockers = city.lockers().stream()
                .map(site -> site.id().equals(locker) ? site.withOnline(false) : site).toList();
        return new RoutingProblem(lockers, city.couriers(), city.parcels(), city.speedMetresPerMinute(),
                city.minutesPerStop(), city.minutesPerParcel());
    }
}
