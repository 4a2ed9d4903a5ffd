/* The operators' live channel (admin-war LiveEndpoint, /admin/live): the browser's session cookie authenticates the
 * upgrade, nothing goes in the URL. Each pushed message becomes a DOM event on document, its detail the message:
 *   lockernet:listening       {wholeFleet, lockers, alarms}     (also after every reconnect)
 *   lockernet:link            {locker, online}
 *   lockernet:compartment     {locker, compartment, state}
 *   lockernet:operator-alarm  {locker, compartment, alarm, id}  (locker null: an alarm about something else)
 *   lockernet:ticket          {locker, ticket}                  (a service ticket opened, handled or closed)
 *   lockernet:impulse         {locker, compartment, state}
 * The header's #live-status says "live", "reconnecting…", "signed out" or "refused" (its data-state: live,
 * reconnecting, signed-out, refused). Reconnects with a growing pause (1 s to 30 s); at once when the channel's token
 * expired (4401: the session lets it in again with a fresh one); never once the session ended (1008: signed out in this
 * tab or another, or timed out) nor when refused (4403).
 *
 * A page that refreshes itself marks an element with data-live-refresh="link operator-alarm" (the types it cares about)
 * and has a p:remoteCommand named refreshLive (or as data-live-command says); with data-live-locker="L-0001" only news
 * about that locker counts. It is called with the page's query
 * parameters once the news has settled (500 ms without more; at most 3 s after the first under a steady stream), and
 * again after a reconnect (news may have been missed), never while the operator is typing on the page: then
 * body[data-live-pending] is set and it waits until the fields are left and back as they were. After each refresh
 * body[data-live-refreshes] counts one up and lockernet:refreshed is dispatched. */
(function () {
    'use strict';
    const QUIET_MS = 500;
    const LONGEST_WAIT_MS = 3000;
    const BUSY_RETRY_MS = 2000;
    const status = document.getElementById('live-status');
    const endpoint = new URL('../live', document.currentScript.src);
    endpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
    let pause = 1000;
    let connectedBefore = false;
    let lastClose = 0;

    function show(state, text) {
        if (status) {
            status.dataset.state = state;
            status.textContent = text;
            status.classList.toggle('on', state === 'live');
        }
    }

    // --- the page's own refresh ------------------------------------------------------------------------------------
    let timer = null;
    let firstNewsAt = 0;

    function wanted() {
        const marked = document.querySelector('[data-live-refresh]');
        return marked ? { types: marked.dataset.liveRefresh.split(/\s+/), command: marked.dataset.liveCommand
                || 'refreshLive', locker: marked.dataset.liveLocker || null } : null;
    }

    function schedule() {
        const now = Date.now();
        if (timer === null) {
            firstNewsAt = now;
        }
        clearTimeout(timer);
        timer = setTimeout(refresh, Math.max(0, Math.min(QUIET_MS, firstNewsAt + LONGEST_WAIT_MS - now)));
    }

    /** The operator is in a field of the page, or has changed one: a refresh would throw away what they typed. */
    function busy() {
        const main = document.querySelector('main') || document.body;
        const active = document.activeElement;
        if (active && main.contains(active) && active.matches('input, textarea, select')) {
            return true;
        }
        for (const field of main.querySelectorAll('input:not([type=hidden]), textarea, select')) {
            if (field.tagName === 'SELECT') {
                const initial = Array.from(field.options).find(o => o.defaultSelected) || field.options[0];
                if (initial && !initial.selected) {
                    return true;
                }
            } else if (field.type === 'checkbox' || field.type === 'radio'
                    ? field.checked !== field.defaultChecked : field.value !== field.defaultValue) {
                return true;
            }
        }
        return false;
    }

    function refresh() {
        timer = null;
        const page = wanted();
        const command = page && window[page.command];
        if (typeof command !== 'function') {
            return;
        }
        if (busy()) {
            document.body.dataset.livePending = 'true';
            timer = setTimeout(refresh, BUSY_RETRY_MS);
            return;
        }
        delete document.body.dataset.livePending;
        // the postback goes to the page's path alone: its query (?region=…) goes along as parameters
        const params = Array.from(new URLSearchParams(location.search), ([name, value]) => ({ name, value }));
        Promise.resolve(command(params)).then(() => {
            document.body.dataset.liveRefreshes = String((Number(document.body.dataset.liveRefreshes) || 0) + 1);
            document.dispatchEvent(new CustomEvent('lockernet:refreshed'));
        }, () => { /* PrimeFaces' ajaxExceptionHandler has shown what went wrong */ });
    }

    // --- the channel -------------------------------------------------------------------------------------------------
    function connect() {
        const socket = new WebSocket(endpoint);
        socket.onmessage = event => {
            const message = JSON.parse(event.data);
            if (message.type === 'listening') {
                pause = 1000;
                show('live', 'live');
                const page = wanted();
                if (connectedBefore && lastClose !== 4401 && page) {
                    schedule();
                }
                connectedBefore = true;
            } else {
                const page = wanted();
                if (page && page.types.includes(message.type) && (!page.locker || page.locker === message.locker)) {
                    schedule();
                }
            }
            document.dispatchEvent(new CustomEvent('lockernet:' + message.type, { detail: message }));
        };
        socket.onclose = event => {
            lastClose = event.code;
            if (status) {
                status.title = 'live channel closed: ' + event.code + ' ' + event.reason;
            }
            if (event.code === 1008) {
                show('signed-out', 'signed out');
                return;
            }
            if (event.code === 4403) {
                show('refused', 'refused');
                return;
            }
            show('reconnecting', 'reconnecting…');
            setTimeout(connect, event.code === 4401 ? 0 : pause);
            pause = Math.min(pause * 2, 30000);
        };
    }

    connect();
})();
