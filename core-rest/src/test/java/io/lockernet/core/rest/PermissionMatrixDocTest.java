package io.lockernet.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's role matrix is the one the Core enforces: the same operations, each with the same cell for every role,
 * and each with the requests that need it, no more and no fewer. RoleMatrixIT then checks the running system against
 * the README.
 */
class PermissionMatrixDocTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String OPERATOR_AREA = "/operator";
    /** A request as the README writes it: {@code `GET /lockers/{id}`}. */
    private static final Pattern REQUEST = Pattern.compile("`(GET|PUT|POST|DELETE|PATCH) (/[^`?]*)`");
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

    /** Every request of the operator area is listed in its operation's row, and every listed request exists. */
    @Test
    void eachRowListsTheRequestsThatNeedItsOperation() throws IOException {
        Map<String, Set<String>> enforced = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().importPackages("io.lockernet.core.rest")) {
            Class<?> resource = type.reflect();
            jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null || !base.value().startsWith(OPERATOR_AREA)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                Requires requires = method.getAnnotation(Requires.class);
                Optional<String> verb = verb(method);
                if (requires != null && verb.isPresent()) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = base.value().substring(OPERATOR_AREA.length()) + (sub == null ? "" : "/"
                            + sub.value().replaceFirst("^/", ""));
                    enforced.computeIfAbsent(requires.value().operation(), o -> new TreeSet<>())
                            .add(verb.get() + " " + normalized(path));
                }
            }
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : matrixLines().subList(2, matrixLines().size())) {
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                    .toList();
            Matcher request = REQUEST.matcher(cells.get(1));
            Set<String> requests = new TreeSet<>();
            while (request.find()) {
                requests.add(request.group(1) + " " + normalized(request.group(2)));
            }
            documented.put(cells.get(0).replace("`", ""), requests);
        }
        assertEquals(enforced, documented);
    }

    private static Optional<String> verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(jakarta.ws.rs.HttpMethod::value).findFirst();
    }

    /** {@code /lockers/{id}/compartments/{c}} as {@code /lockers/{}/compartments/{}}: names of parameters differ. */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
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
