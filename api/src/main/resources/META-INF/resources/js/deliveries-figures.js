// The figures beside the last-mile map (js/deliveries-map.js), per carrier, from the same data every 10 s: one
// carrier's overview or a list of them.
document.addEventListener('DOMContentLoaded', () => {
    const table = document.getElementById('deliveries-figures');
    if (!table) {
        return;
    }
    const cell = text => {
        const td = document.createElement('td');
        td.textContent = text;
        return td;
    };
    function refresh() {
        fetch(table.dataset.source, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(r => r.ok ? r.json() : Promise.reject(r.status))
            .then(data => Array.isArray(data) ? data : [data])
            .then(overviews => {
                const body = table.tBodies[0];
                body.replaceChildren(...overviews.map(o => {
                    const row = document.createElement('tr');
                    row.className = 'carrier-' + o.carrier;
                    const late = o.stops.filter(s => s.late).length;
                    row.append(cell(o.carrier), cell(`${o.delivered} / ${o.planned}`), cell(String(o.failed)),
                        cell(String(o.waiting)), cell(String(late)),
                        cell(o.plannedAt ? `${new Date(o.plannedAt).toLocaleTimeString()}: `
                            + `${(o.metres / 1000).toFixed(1)} km, ${o.unrouted} unrouted, ${o.planMillis} ms` : ''));
                    return row;
                }));
            })
            .catch(() => { table.dataset.failed = 'true'; });
    }
    refresh();
    setInterval(refresh, 10000);
});
