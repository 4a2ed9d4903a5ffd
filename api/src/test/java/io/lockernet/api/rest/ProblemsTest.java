package io.lockernet.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.problem.Problem;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aQueryParameterThatCannotBeReadIsABadRequestNamingIt() {
        Problem problem = Problems.ofPlatform(new NotFoundException("RESTEASY003870: Unable to extract parameter from "
                + "http request: jakarta.ws.rs.QueryParam(\"hours\") value is 'x'")).orElseThrow();
        assertEquals(400, problem.status());
        assertEquals("The query parameter 'hours' has a value this operation cannot read.", problem.detail());
    }

    @Test
    void aPathParameterThatCannotBeReadStaysNotFound() {
        Problem problem = Problems.ofPlatform(new NotFoundException("RESTEASY003870: Unable to extract parameter from "
                + "http request: jakarta.ws.rs.PathParam(\"id\") value is 'x'")).orElseThrow();
        assertEquals(404, problem.status());
        assertEquals("The path parameter 'id' has a value this operation cannot read.", problem.detail());
    }
}
