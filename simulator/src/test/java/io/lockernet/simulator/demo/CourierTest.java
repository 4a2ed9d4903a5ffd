package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CourierTest {

    private static final double[] DEPOT = {52.5150, 13.4000};
    private static final double[] LOCKER = {52.5250, 13.4000};

    @Test
    void aDegreeOfLatitudeIsAbout111KilometresAndAHundredthAbout1112Metres() {
        assertEquals(1112, Courier.metresBetween(DEPOT, LOCKER), 2);
    }

    @Test
    void aVanMovesTheDistanceItDrivesAlongTheStraightLineAndStopsAtItsTarget() {
        double[] halfway = Courier.towards(DEPOT, LOCKER, 556);
        assertEquals(556, Courier.metresBetween(DEPOT, halfway), 2);
        assertEquals(556, Courier.metresBetween(halfway, LOCKER), 2);
        assertArrayEquals(LOCKER, Courier.towards(halfway, LOCKER, 5000), "never past the stop");
        assertArrayEquals(LOCKER, Courier.towards(LOCKER, LOCKER, 10), "there already");
    }
}
