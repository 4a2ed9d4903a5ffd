package io.lockernet.core.audit.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One request of an operator to the operator area: who, when, which operation on what, and its answer's status. */
@Entity
@Table(name = "operator_action")
public class OperatorAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String permission;
    private String method;
    private String target;
    private int status;

    protected OperatorAction() {
    }

    public OperatorAction(Instant at, String actor, String permission, String method, String target, int status) {
        this.at = at;
        this.actor = actor;
        this.permission = permission;
        this.method = method;
        this.target = target;
        this.status = status;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String permission() { return permission; }
    public String method() { return method; }
    public String target() { return target; }
    public int status() { return status; }
}
