package io.lockernet.api.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    /** The measure of the 300-line rule: the last line with code, close to the end of the source file. */
    @Test
    void aClassIsMeasuredToItsLastLineOfCode() throws Exception {
        JavaClass codec = new ClassFileImporter().importClass(io.lockernet.api.protocol.MessageCodec.class);
        long fileLines = Files.readAllLines(Path.of("src/main/java/io/lockernet/api/protocol/MessageCodec.java"))
                .size();
        int last = ArchitectureRules.lastLine(codec);
        assertTrue(last <= fileLines && last >= fileLines - 5, "last code line " + last + " of " + fileLines);
    }
}
