package io.lockernet.shepherd.link.control;

/** A connection or frame is refused; carries the WebSocket close code and the reason sent to the locker. */
public class RefusalException extends RuntimeException {

    private final int code;

    public RefusalException(int code, String reason) {
        super(reason);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
