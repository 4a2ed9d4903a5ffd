package io.lockernet.admin.locker.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class ChartLibraryTest {

    @Test
    void thePagesLoadChartJsFromAFileTheWebJarHas() {
        assertNotNull(ChartLibrary.class.getResource("/META-INF/resources/" + ChartLibrary.path()),
                ChartLibrary.path() + " is not in the WebJar");
    }
}
