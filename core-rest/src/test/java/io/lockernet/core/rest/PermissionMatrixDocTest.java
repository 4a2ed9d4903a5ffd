package io.lockernet.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's role matrix is the one the Core enforces: the same operations, each with the same cell for every role.
 * RoleMatrixIT then checks the running system against the README.
 */
class PermissionMatrixDocTest {

    private static final Path README = Path.of("..", "README.md");
    private static final List<OperatorRole> COLUMNS = List.of(OperatorRole.INSTALLER, OperatorRole.FLEET_OPERATOR,
            OperatorRole.NETWORK_ADMIN, OperatorRole.AUDITOR);

    @Test
    void theReadmesRoleMatrixIsTheOneEnforced() throws IOException {
        Map<String, List<String>> documented = documented();
        Map<String, List<String>> enforced = Arrays.stream(Permission.values()).collect(Collectors.toMap(
                Permission::operation, p -> COLUMNS.stream().map(role -> p.reach(role).text()).toList(),
                (a, b) -> a, LinkedHashMap::new));
        assertEquals(enforced, documented);
    }

    @Test
    void theHeaderNamesTheRolesInTheirOrder() throws IOException {
        String header = matrixLines().get(0);
        assertEquals("| operation | requests | " + COLUMNS.stream().map(OperatorRole::role)
                .collect(Collectors.joining(" | ")) + " |", header);
    }

    private static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : matrixLines().subList(2, matrixLines().size())) {
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::strip).toList();
            rows.put(cells.get(0).replace("`", ""), cells.subList(2, cells.size()));
        }
        return rows;
    }

    /** The table of the README's "Role matrix" section: its header, the separator, one line per operation. */
    private static List<String> matrixLines() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int section = lines.indexOf("## Role matrix");
        return lines.stream().skip(section).dropWhile(l -> !l.startsWith("|")).takeWhile(l -> l.startsWith("|"))
                .toList();
    }
}
