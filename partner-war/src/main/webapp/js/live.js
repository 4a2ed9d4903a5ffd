// The staff's live channel (partner-war LiveEndpoint, /partner-ID/live): the browser's session cookie authenticates
// the upgrade. Each pushed message becomes a DOM event that the pages listen to:
//   lockernet:listening   {retailer, lockers}          (also after every reconnect: reload what may have been missed)
//   lockernet:compartment {locker, compartment, state}
//   lockernet:alarm       {alarm, locker, compartment, detail}
// Alarms are shown in the banner at the top of every page. Reconnects with a growing pause (1 s to 30 s); at once
// when the channel's token expired (4401: the session lets it in again with a fresh one); never once the session
// ended (1008: signed out in this tab or another, or timed out): the page then says so.
const base = document.body.dataset.base;
const status = document.getElementById('live-status');
const alarms = document.getElementById('alarms');
let pause = 1000;

function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + base + '/live');
    socket.onmessage = event => {
        const m = JSON.parse(event.data);
        if (m.type === 'listening') {
            pause = 1000;
            status.textContent = 'live';
            status.classList.add('on');
        } else if (m.type === 'alarm') {
            const line = document.createElement('div');
            line.textContent = new Date().toLocaleTimeString() + ' ' + m.alarm.replaceAll('_', ' ').toLowerCase()
                + ' at ' + m.locker + ' ' + m.compartment + (m.detail ? ': ' + m.detail : '');
            alarms.prepend(line);
        }
        document.dispatchEvent(new CustomEvent('lockernet:' + m.type, { detail: m }));
    };
    socket.onclose = event => {
        status.classList.remove('on');
        status.title = 'live channel closed: ' + event.code + ' ' + event.reason;
        if (event.code === 1008) {
            status.textContent = 'signed out';
            return;
        }
        status.textContent = 'reconnecting…';
        setTimeout(connect, event.code === 4401 ? 0 : pause);
        pause = Math.min(pause * 2, 30000);
    };
}

connect();
