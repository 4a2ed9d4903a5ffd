package io.lockernet.api.protocol;

import static io.lockernet.api.protocol.MessageType.HELLO;
import static io.lockernet.api.protocol.MessageType.PING;
import static io.lockernet.api.protocol.MessageType.PONG;
import static io.lockernet.api.protocol.MessageType.REAUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A locker is written from {@code docs/locker-protocol.md} or from its AsyncAPI twin, so both must name the frames
 * and close codes the code really uses. The documents are read as text (this module has no YAML library): the
 * patterns expect the AsyncAPI type enum under {@code envelope}, and the close codes as Markdown table rows.
 */
class ProtocolDocumentsTest {

    private static final Path PROSE = Path.of("..", "docs", "locker-protocol.md");
    private static final Path ASYNCAPI = Path.of("..", "docs", "locker-protocol.asyncapi.yaml");

    /**
     * What {@code LockerEndpoint.handle} answers before a locker's {@code hello}. The Shepherd is not visible from
     * this module, so this list follows that method by hand.
     */
    private static final List<MessageType> ALLOWED_BEFORE_HELLO = List.of(HELLO, PING, PONG, REAUTH);

    /** What the Shepherd refuses from a locker with 4400. */
    private static final List<MessageType> SHEPHERD_ONLY = Arrays.stream(MessageType.values())
            .filter(MessageType::sentByShepherdOnly).toList();

    /**
     * Standard codes a link ends with besides {@link CloseCodes}: the locker's own close, the server stopping, and
     * {@code LockerEndpoint}'s frame limit and internal error at admission. 1006 is never sent, so no table lists it.
     */
    private static final Set<Integer> STANDARD_CLOSE_CODES = Set.of(
            CloseReason.CloseCodes.NORMAL_CLOSURE.getCode(), CloseReason.CloseCodes.GOING_AWAY.getCode(),
            CloseReason.CloseCodes.TOO_BIG.getCode(), CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode());

    private static final Pattern TABLE_ROW_CODE = Pattern.compile("(?m)^\\s*\\|\\s*(\\d{4})\\s*\\|");

    @Test
    void asyncApiEnvelopeTypeEnumListsExactlyTheMessageTypes() {
        assertEquals(sorted(wireNames(List.of(MessageType.values()))), sorted(asyncApiTypeEnum()),
                "the type enum of the envelope schema in " + ASYNCAPI);
    }

    @Test
    void proseEnvelopeTypeRowListsExactlyTheMessageTypes() {
        String row = line(read(PROSE), "\\|\\s*`type`\\s*\\|.*");
        List<String> named = Pattern.compile("`([^`]+)`").matcher(row).results().map(m -> m.group(1))
                .filter(name -> !name.equals("type")).toList();
        assertEquals(sorted(wireNames(List.of(MessageType.values()))), sorted(named),
                "the envelope's type row in " + PROSE);
    }

    @Test
    void everyCloseCodeConstantIsInBothCloseCodeTables() {
        Set<Integer> declared = declaredCloseCodes();
        assertFalse(declared.isEmpty(), "no public static final int in CloseCodes");
        for (Path document : List.of(PROSE, ASYNCAPI)) {
            Set<Integer> missing = new TreeSet<>(declared);
            missing.removeAll(closeCodeTable(document));
            assertEquals(Set.of(), missing, "close codes of CloseCodes missing from the table in " + document);
        }
    }

    @Test
    void bothCloseCodeTablesListTheSameCodesAndOnlyCodesALinkIsClosedWith() {
        Set<Integer> used = new TreeSet<>(declaredCloseCodes());
        used.addAll(STANDARD_CLOSE_CODES);
        assertEquals(used, closeCodeTable(PROSE), "the close-code table in " + PROSE);
        assertEquals(used, closeCodeTable(ASYNCAPI), "the close-code table in " + ASYNCAPI);
    }

    @Test
    void bothDocumentsAllowExactlyHelloPingPongAndReauthBeforeHello() {
        String sentence = "Before `hello` only " + listed(ALLOWED_BEFORE_HELLO, "and")
                + " are allowed; any other frame closes the connection with 4400.";
        String clause = "a frame before `hello` other than " + listed(ALLOWED_BEFORE_HELLO, "or");
        for (Path document : List.of(PROSE, ASYNCAPI)) {
            String text = read(document);
            assertTrue(text.replaceAll("\\s+", " ").contains(sentence), document + " should say: " + sentence);
            assertTrue(closeCodeRow(text, CloseCodes.MALFORMED).contains(clause),
                    "the 4400 row in " + document + " should say: " + clause);
        }
    }

    @Test
    void bothDocumentsCloseWith4400AFrameOnlyTheShepherdSends() {
        String clause = "a frame only the Shepherd sends (" + wireNames(SHEPHERD_ONLY).stream()
                .map(name -> "`" + name + "`").collect(Collectors.joining(", ")) + ")";
        for (Path document : List.of(PROSE, ASYNCAPI)) {
            assertTrue(closeCodeRow(read(document), CloseCodes.MALFORMED).contains(clause),
                    "the 4400 row in " + document + " should say: " + clause);
        }
    }

    /** The envelope schema's {@code type} enum, as a flow list ({@code [a, b]}) or a block list ({@code - a}). */
    private static List<String> asyncApiTypeEnum() {
        String type = yamlBlock(yamlBlock(read(ASYNCAPI), "envelope"), "type");
        Matcher list = Pattern.compile("(?m)^\\s*enum:[ \\t]*(?:\\[([^\\]]*)\\]|((?:\\n[ \\t]*-[ \\t]*\\S.*)+))")
                .matcher(type);
        assertTrue(list.find(), "no enum under the envelope's type in " + ASYNCAPI);
        String items = list.group(1) != null ? list.group(1) : list.group(2).replaceAll("\\n[ \\t]*-", ",");
        return Arrays.stream(items.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> item.replaceAll("^['\"]|['\"]$", "")).toList();
    }

    /** The lines under the first key {@code key:} with no value on its line that are indented deeper than it. */
    private static String yamlBlock(String yaml, String key) {
        Matcher line = Pattern.compile("(?m)^( *)" + Pattern.quote(key) + ":[ \\t]*$").matcher(yaml);
        assertTrue(line.find(), "no key '" + key + ":' in " + ASYNCAPI);
        Matcher next = Pattern.compile("(?m)^ {0," + line.group(1).length() + "}\\S").matcher(yaml);
        return yaml.substring(line.end(), next.find(line.end()) ? next.start() : yaml.length());
    }

    /** The codes in the first column of a table; in the prose only its "Close codes" section, whose table it is. */
    private static Set<Integer> closeCodeTable(Path document) {
        String text = read(document);
        if (document.equals(PROSE)) {
            int start = text.indexOf("\n## Close codes");
            assertTrue(start >= 0, "no section '## Close codes' in " + PROSE);
            int end = text.indexOf("\n## ", start + 1);
            text = text.substring(start, end < 0 ? text.length() : end);
        }
        return TABLE_ROW_CODE.matcher(text).results().map(m -> Integer.valueOf(m.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String closeCodeRow(String text, int code) {
        return line(text, "\\s*\\|\\s*" + code + "\\s*\\|.*");
    }

    private static String line(String text, String regex) {
        Matcher line = Pattern.compile("(?m)^" + regex + "$").matcher(text);
        assertTrue(line.find(), "no line matching " + regex);
        return line.group();
    }

    private static Set<Integer> declaredCloseCodes() {
        Set<Integer> codes = new TreeSet<>();
        for (Field field : CloseCodes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == int.class) {
                try {
                    codes.add(field.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read CloseCodes." + field.getName(), e);
                }
            }
        }
        return codes;
    }

    /** {@code `a`, `b` and `c`}, as the documents write a short list of frame types. */
    private static String listed(List<MessageType> types, String conjunction) {
        List<String> quoted = wireNames(types).stream().map(name -> "`" + name + "`").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " " + conjunction + " "
                + quoted.get(quoted.size() - 1);
    }

    private static List<String> wireNames(List<MessageType> types) {
        return types.stream().map(MessageType::wire).toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static String read(Path document) {
        try {
            return Files.readString(document, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document.toAbsolutePath().normalize(), e);
        }
    }
}
