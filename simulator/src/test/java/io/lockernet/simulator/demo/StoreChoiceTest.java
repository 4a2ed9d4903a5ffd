package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which store gets the demo's next order and which one deposits next. */
class StoreChoiceTest {

    private static final List<String> STORES = List.of("acme-shelbyville", "acme-springfield", "station-hall");

    private final StoreChoice choice = new StoreChoice(new SplittableRandom(3));

    @Test
    void aNewOrderGoesToTheStoreWithTheFewestWaiting() {
        assertEquals(Optional.of("station-hall"), choice.forNewOrder(STORES,
                Map.of("acme-shelbyville", 3L, "acme-springfield", 2L, "station-hall", 1L)));
        assertEquals(Optional.of("acme-shelbyville"), choice.forNewOrder(STORES,
                Map.of("acme-springfield", 2L, "station-hall", 1L)), "a store nobody ordered for has none waiting");
    }

    @Test
    void storesWithOrdersEnoughWaitingGetNoMore() {
        long most = StoreChoice.MOST_WAITING;

        assertEquals(Optional.empty(), choice.forNewOrder(STORES,
                Map.of("acme-shelbyville", most, "acme-springfield", most, "station-hall", most + 3)));
    }

    @Test
    void aDepositComesFromTheStoreWithTheMostWaiting() {
        assertEquals(Optional.of("acme-springfield"), choice.toDepositFrom(STORES,
                Map.of("acme-shelbyville", 4L, "acme-springfield", 5L, "station-hall", 3L), Map.of()));
    }

    @Test
    void depositsLeaveOrdersWaitingForTheNewcomer() {
        long least = StoreChoice.LEAST_WAITING;

        assertEquals(Optional.empty(), choice.toDepositFrom(STORES,
                Map.of("acme-shelbyville", least, "acme-springfield", least, "station-hall", least), Map.of()));
    }

    @Test
    void aStoreWhoseLockersHoldParcelsEnoughGetsNoMore() {
        assertEquals(Optional.of("station-hall"), choice.toDepositFrom(STORES,
                Map.of("acme-springfield", 6L, "station-hall", 3L),
                Map.of("acme-springfield", (long) StoreChoice.MOST_IN_LOCKERS)));
    }

    @Test
    void theSeedDepositsOnlyUntilAStoreHasItsFewParcels() {
        assertEquals(StoreChoice.SEEDED_IN_LOCKERS, StoreChoice.seedDeposits(0));
        assertEquals(StoreChoice.SEEDED_IN_LOCKERS - 1, StoreChoice.seedDeposits(1));
        assertEquals(0, StoreChoice.seedDeposits(StoreChoice.SEEDED_IN_LOCKERS));
        assertEquals(0, StoreChoice.seedDeposits(9), "a second seed deposits nothing more");
    }
}
