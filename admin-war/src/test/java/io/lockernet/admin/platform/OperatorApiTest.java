package io.lockernet.admin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorApiTest {

    @Test
    void aLayoutRefusalListsEachBrokenRule() {
        CoreRefusal refusal = OperatorApi.refusal(422, """
                {"type":"about:blank","title":"Layout breaks rules","status":422,"detail":"the layout breaks 2 rules",
                 "problems":["module B has no compartments","compartment A1 is XL, which needs a wide module"]}""");
        assertEquals(422, refusal.status());
        assertEquals("the layout breaks 2 rules", refusal.getMessage());
        assertEquals(List.of("module B has no compartments", "compartment A1 is XL, which needs a wide module"),
                refusal.problems());
    }

    @Test
    void aProblemWithoutAListHasNone() {
        CoreRefusal refusal = OperatorApi.refusal(403, """
                {"type":"about:blank","title":"Forbidden","status":403,"detail":"locker L-0009 is not in your regions"}""");
        assertEquals("locker L-0009 is not in your regions", refusal.getMessage());
        assertEquals(List.of(), refusal.problems());
    }

    @Test
    void aBodyThatIsNoProblemDocumentStillGivesTheStatus() {
        assertEquals("The Core answered 502.", OperatorApi.refusal(502, "<html>bad gateway</html>").getMessage());
    }
}
