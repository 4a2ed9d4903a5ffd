package io.lockernet.core.locker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client an operator isolated: the Core refuses its requests until the isolation is lifted. */
@Entity
@Table(name = "isolated_client")
public class IsolatedClient {

    @Id
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "isolated_at")
    private Instant isolatedAt;
    @Column(name = "isolated_by")
    private String isolatedBy;
    @Column(name = "alarm_id")
    private Long alarmId;

    protected IsolatedClient() {
    }

    public IsolatedClient(String clientId, Instant isolatedAt, String isolatedBy, Long alarmId) {
        this.clientId = clientId;
        this.isolatedAt = isolatedAt;
        this.isolatedBy = isolatedBy;
        this.alarmId = alarmId;
    }

    public String clientId() { return clientId; }

    public Instant isolatedAt() { return isolatedAt; }

    public String isolatedBy() { return isolatedBy; }

    public Long alarmId() { return alarmId; }
}
