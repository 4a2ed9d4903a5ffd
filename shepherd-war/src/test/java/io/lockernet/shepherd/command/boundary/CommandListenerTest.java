package io.lockernet.shepherd.command.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.Configure;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.shepherd.link.control.LockerSessions;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.jms.Message;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The listener against a session and messages made of proxies: what reaches the locker, in which order. */
class CommandListenerTest {

    private static final LockerLayout LAYOUT = new LockerLayout(List.of(
            new LockerLayout.Module("control", List.of(new LockerLayout.Compartment("A1", "m"))),
            new LockerLayout.Module("wide", List.of(new LockerLayout.Compartment("B1", "roller-shutter")))));

    private final List<String> frames = new ArrayList<>();
    private final Session session = session("conn-1", frames);
    private final CommandListener listener = new CommandListener();

    CommandListenerTest() throws ReflectiveOperationException {
        listener.sessions = new LockerSessions();
        listener.config = new ShepherdConfig();
        // the instance name comes from the deployment's module name, which only a container injects
        Field instance = ShepherdConfig.class.getDeclaredField("instance");
        instance.setAccessible(true);
        instance.set(listener.config, "shepherd-1");
        listener.sessions.register("L-0001", session);
    }

    @Test
    void aWelcomeThatCarriesAConfigurationIsFollowedByTheConfigureFrame() {
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.WELCOME, Headers.LOCKER, "L-0001",
                Headers.CONNECTION, "conn-1", Headers.CONFIG_VERSION, "4"), LayoutJson.write(LAYOUT)));

        assertEquals(2, frames.size(), frames.toString());
        assertInstanceOf(Welcome.class, MessageCodec.read(frames.get(0)));
        Configure configure = assertInstanceOf(Configure.class, MessageCodec.read(frames.get(1)));
        assertEquals("4", configure.configVersion());
        assertEquals(LAYOUT, configure.layout());
        assertTrue(configure.seq() > MessageCodec.read(frames.get(0)).seq());
    }

    @Test
    void aWelcomeWithoutABodyIsAWelcomeAlone() {
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.WELCOME, Headers.LOCKER, "L-0001",
                Headers.CONNECTION, "conn-1"), null));

        assertEquals(1, frames.size(), frames.toString());
        assertInstanceOf(Welcome.class, MessageCodec.read(frames.get(0)));
    }

    @Test
    void aConfigurationOnItsOwnGoesToTheLockersConnection() {
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.CONFIGURE, Headers.LOCKER, "L-0001",
                Headers.CONFIG_VERSION, "5"), LayoutJson.write(LAYOUT)));

        Configure configure = assertInstanceOf(Configure.class, MessageCodec.read(frames.get(0)));
        assertEquals("5", configure.configVersion());
    }

    @Test
    void aConfigurationForALockerConnectedElsewhereOrBreakingTheRulesIsNotSent() {
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.CONFIGURE, Headers.LOCKER, "L-0002",
                Headers.CONFIG_VERSION, "5"), LayoutJson.write(LAYOUT)));
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.CONFIGURE, Headers.LOCKER, "L-0001",
                Headers.CONFIG_VERSION, "6"), "{\"modules\":[{\"kind\":\"narrow\",\"compartments\":"
                + "[{\"name\":\"A1\",\"type\":\"xl\"}]}]}"));
        listener.onMessage(message(Map.of(Headers.KIND, Headers.Kind.CONFIGURE, Headers.LOCKER, "L-0001",
                Headers.CONFIG_VERSION, "7"), "not a layout"));

        assertEquals(List.of(), frames);
    }

    @Test
    void aCommandIsAnOpenUnlessItNamesAnotherAction() {
        long deadline = System.currentTimeMillis() + 15_000;
        listener.onMessage(message(Map.of(Headers.LOCKER, "L-0001", Headers.IMPULSE, "imp-1", Headers.COMPARTMENT,
                "A1", Headers.DEADLINE, deadline), null));
        listener.onMessage(message(Map.of(Headers.LOCKER, "L-0001", Headers.IMPULSE, "imp-2", Headers.COMPARTMENT,
                "B1", Headers.DEADLINE, deadline, Headers.ACTION, "close"), null));

        assertEquals("open", ((Command) MessageCodec.read(frames.get(0))).action());
        Command close = (Command) MessageCodec.read(frames.get(1));
        assertEquals("close", close.action());
        assertEquals("B1", close.compartment());
    }

    private static Session session(String id, List<String> frames) {
        Map<String, Object> properties = new HashMap<>();
        RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(
                RemoteEndpoint.Basic.class.getClassLoader(), new Class<?>[] {RemoteEndpoint.Basic.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendText")) {
                        frames.add((String) args[0]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getUserProperties" -> properties;
                    case "getBasicRemote" -> remote;
                    case "getId" -> id;
                    case "isOpen" -> true;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A JMS message with these properties and, unless null, this text body. */
    private static Message message(Map<String, Object> properties, String body) {
        return (Message) Proxy.newProxyInstance(Message.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getStringProperty" -> (String) properties.get((String) args[0]);
                    case "getLongProperty" -> (Long) properties.get((String) args[0]);
                    case "propertyExists" -> properties.containsKey((String) args[0]);
                    case "isBodyAssignableTo" -> true;
                    case "getBody" -> body;
                    default -> null;
                });
    }
}
