// The last mile on a map (Leaflet): couriers where they were last seen, the stops ahead of each in order (red when
// late), a line through them; refreshed every 10 s from the page's data-source (one carrier's overview, or a list of
// them). With data-tiles (a tile URL template) the map has tiles under it; without, it is a plain coordinate canvas
// with a line every 0.01 degree, which needs no tile server.
document.addEventListener('DOMContentLoaded', () => {
    const element = document.getElementById('deliveries-map');
    if (!element || !window.L) {
        return;
    }
    const map = L.map(element, {zoomSnap: 0.25});
    if (element.dataset.tiles) {
        L.tileLayer(element.dataset.tiles, {attribution: element.dataset.attribution || '', maxZoom: 19}).addTo(map);
    } else {
        element.classList.add('plain-canvas');
    }
    const drawn = L.layerGroup().addTo(map);
    let fitted = false;
    const colours = ['#1f6feb', '#8250df', '#bf8700', '#1a7f37', '#cf222e', '#0969da'];

    function grid(bounds) {
        const lines = L.layerGroup();
        const step = 0.01;
        for (let lat = Math.floor(bounds.getSouth() / step) * step; lat <= bounds.getNorth(); lat += step) {
            lines.addLayer(L.polyline([[lat, bounds.getWest()], [lat, bounds.getEast()]], {color: '#ddd', weight: 1}));
        }
        for (let lon = Math.floor(bounds.getWest() / step) * step; lon <= bounds.getEast(); lon += step) {
            lines.addLayer(L.polyline([[bounds.getSouth(), lon], [bounds.getNorth(), lon]], {color: '#ddd', weight: 1}));
        }
        return lines;
    }

    // Leaflet puts a string tooltip in as HTML: every tooltip goes in as a text node, so that no name or id from the
    // data can add markup
    function text(words) {
        const span = document.createElement('span');
        span.textContent = words;
        return span;
    }

    function time(at) {
        return at ? new Date(at).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'}) : '';
    }

    function draw(overviews) {
        drawn.clearLayers();
        const points = [];
        let colour = 0;
        for (const overview of overviews) {
            for (const courier of overview.couriers) {
                const hue = colours[colour++ % colours.length];
                const here = [courier.latitude, courier.longitude];
                const route = [here];
                points.push(here);
                L.circleMarker(here, {radius: 9, color: hue, fillOpacity: 0.9, className: 'courier-marker'})
                    .bindTooltip(text(`${courier.courier} (${overview.carrier}): ${courier.delivered} delivered, `
                        + `${courier.ahead} ahead${courier.lateStops ? `, ${courier.lateStops} late` : ''}`))
                    .addTo(drawn);
                for (const stop of overview.stops.filter(s => s.courier === courier.courier)) {
                    const at = [stop.latitude, stop.longitude];
                    route.push(at);
                    points.push(at);
                    L.circleMarker(at, {radius: 6, color: stop.late ? '#cf222e' : hue, fillOpacity: 0.5,
                        className: stop.late ? 'stop-marker late' : 'stop-marker'})
                        .bindTooltip(text(`${stop.order}. ${stop.locker}: ${stop.parcels} parcel(s), expected `
                            + `${time(stop.eta)}${stop.late ? ' (late)' : ''}`))
                        .addTo(drawn);
                }
                L.polyline(route, {color: hue, weight: 2, dashArray: '4 4'}).addTo(drawn);
            }
        }
        if (points.length && !fitted) {
            const bounds = L.latLngBounds(points).pad(0.2);
            map.fitBounds(bounds);
            if (!element.dataset.tiles) {
                grid(bounds.pad(1)).addTo(map);
            }
            fitted = true;
        } else if (!points.length && !fitted) {
            map.setView([52.52, 13.40], 12);
        }
        element.dataset.couriers = String(overviews.reduce((n, o) => n + o.couriers.length, 0));
        element.dataset.stops = String(overviews.reduce((n, o) => n + o.stops.length, 0));
    }

    function refresh() {
        fetch(element.dataset.source, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(r => r.ok ? r.json() : Promise.reject(r.status))
            .then(data => draw(Array.isArray(data) ? data : [data]))
            .catch(() => { element.dataset.failed = 'true'; });
    }
    refresh();
    setInterval(refresh, 10000);
});
