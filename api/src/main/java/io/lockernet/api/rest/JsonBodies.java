package io.lockernet.api.rest;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON body whole, at most {@value #MAX_BYTES} bytes, and checks that it is one complete JSON value before the
 * JSON binding sees it. The check is what keeps the server alive: the binding skips the value of a property it does
 * not know with a parser routine that never notices the end of the input (Parsson issue #23), so a body such as
 * {@code {"zzz":[} would otherwise spin a worker thread for ever. A streaming parse of the whole body stops at the
 * end of the input with an error, and costs a fraction of the binding itself.
 */
public class JsonBodies implements ReaderInterceptor {

    static final int MAX_BYTES = 64 * 1024;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String INCOMPLETE = "The body is not one complete JSON value.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readBounded(context.getInputStream());
        if (body.length > 0) {
            checkComplete(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        // whatever the JSON binding reads: application/json, text/json, application/…+json
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new BodyTooLargeException(MAX_BYTES);
        }
        return body;
    }

    /** One complete JSON value, nothing after it; depth is counted because a parser may simply stop at the end. */
    static void checkComplete(byte[] body) {
        int depth = 0;
        int events = 0;
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                events++;
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    depth++;
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            throw new BadRequestException("The body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (RuntimeException e) {
            // the end of the input, a nesting deeper than the parser allows, or something else it cannot read
            throw new BadRequestException(INCOMPLETE);
        }
        if (depth != 0 || events == 0) {
            throw new BadRequestException(INCOMPLETE);
        }
    }
}
