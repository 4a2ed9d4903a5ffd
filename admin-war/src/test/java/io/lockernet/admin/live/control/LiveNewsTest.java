package io.lockernet.admin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveNewsTest {

    @Test
    void aLinkChangeNamesTheLockerAndWhetherItIsOnline() {
        LiveNews news = LiveNews.link("L-1", false);

        assertEquals("link", news.type());
        assertEquals("L-1", news.locker());
        assertEquals("{\"type\":\"link\",\"locker\":\"L-1\",\"online\":false}", news.json());
    }

    @Test
    void aCompartmentChangeNamesTheCompartmentAndItsState() {
        assertEquals("{\"type\":\"compartment\",\"locker\":\"L-1\",\"compartment\":\"A2\",\"state\":\"OCCUPIED\"}",
                LiveNews.compartment("L-1", "A2", "OCCUPIED").json());
    }

    @Test
    void anAlarmAboutNoLockerSaysSoWithNulls() {
        LiveNews news = LiveNews.alarm(null, null, "REFUSED_REQUEST", 42L);

        assertEquals("operator-alarm", news.type());
        assertEquals(null, news.locker());
        assertEquals("{\"type\":\"operator-alarm\",\"locker\":null,\"compartment\":null,\"alarm\":\"REFUSED_REQUEST\","
                + "\"id\":42}", news.json());
    }
}
