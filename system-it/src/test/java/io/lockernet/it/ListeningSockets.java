package io.lockernet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a server listens on, as Linux's {@code /proc} tells them: the socket inodes among its processes' open
 * files, looked up in {@code /proc/net/tcp} and {@code /proc/net/tcp6}. A server is the session the launcher started it
 * as ({@code setsid}): WildFly's pid file names the shell that runs its Java, Keycloak's the Java itself.
 */
final class ListeningSockets {

    private static final Path PROC = Path.of("/proc");
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** An address and port a server accepts connections on. */
    record Listener(InetAddress address, int port) {

        /** Reachable from this machine only: 127.0.0.0/8 or ::1 (IPv4-mapped ::ffff:127.0.0.1 reads as 127.0.0.1). */
        boolean loopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            String host = address.getHostAddress();
            return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** What the processes of the session that {@code leader} leads listen on. */
    static List<Listener> ofSession(long leader) {
        Set<String> inodes = new HashSet<>();
        for (long pid : session(leader)) {
            inodes.addAll(socketInodes(pid));
        }
        List<Listener> listeners = new ArrayList<>();
        listeners.addAll(listening(PROC.resolve("net/tcp"), inodes));
        listeners.addAll(listening(PROC.resolve("net/tcp6"), inodes));
        return listeners;
    }

    /** The pids whose session id, the sixth field of {@code /proc/PID/stat}, is {@code leader}. */
    static Set<Long> session(long leader) {
        Set<Long> members = new HashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                String stat = readOrEmpty(process.resolve("stat"));
                // the command name, in parentheses, may hold spaces: the fields after it are state, ppid, pgrp, session
                String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" ");
                if (fields.length > 3 && fields[3].equals(Long.toString(leader))) {
                    members.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    private static Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
            for (Path fd : fds) {
                String target = readLinkOrEmpty(fd);
                if (target.startsWith("socket:[")) {
                    inodes.add(target.substring("socket:[".length(), target.length() - 1));
                }
            }
        } catch (NoSuchFileException ended) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    /** A line of /proc/net/tcp(6): sl, local address:port, remote address:port, state (0A: listen), ..., inode. */
    private static List<Listener> listening(Path table, Set<String> inodes) {
        try (Stream<String> lines = Files.lines(table)) {
            return lines.skip(1).map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields[3].equals(LISTEN) && inodes.contains(fields[9]))
                    .map(fields -> {
                        String[] local = fields[1].split(":");
                        return new Listener(address(local[0]), Integer.parseInt(local[1], 16));
                    }).toList();
        } catch (NoSuchFileException noIpv6) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel prints an address as 32-bit words, each in the machine's byte order. */
    private static InetAddress address(String hex) {
        ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
        for (int i = 0; i < hex.length(); i += 8) {
            bytes.putInt((int) Long.parseLong(hex.substring(i, i + 8), 16));
        }
        try {
            return InetAddress.getByAddress(bytes.array());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex, e);
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ended) {
            return "";
        }
    }

    private static String readLinkOrEmpty(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException closed) {
            return "";
        }
    }
}
