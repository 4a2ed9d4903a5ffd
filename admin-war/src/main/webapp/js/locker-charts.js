/*
 * The locker page's charts (locker.xhtml), drawn with Chart.js (the WebJar, loaded before this file): the ping round
 * trips (p50 and p99, ms) over the chosen hours, time on the x axis, and the seconds offline in each clock hour.
 *
 * The data is the JSON in #link-data's data-link (see LinkCharts); the page's poll replaces that element every few
 * seconds, and the charts take its new data without being rebuilt. Once a chart is drawn its canvas carries
 * data-points (how many points or bars it shows), for the tests to wait on.
 * Loaded as a file of the app (the page's Content-Security-Policy allows 'self'); it adds no inline script or handler.
 */
(function () {
    'use strict';

    const rttCanvas = document.getElementById('rtt-chart');
    const outageCanvas = document.getElementById('outage-chart');
    if (!rttCanvas || !outageCanvas || typeof Chart === 'undefined') {
        return;
    }
    const HOUR = 3600 * 1000;
    let shown = null;
    let rtt = null;
    let outage = null;

    function when(ms, withDay) {
        const options = withDay ? {weekday: 'short', hour: '2-digit', minute: '2-digit'}
            : {hour: '2-digit', minute: '2-digit'};
        return new Date(ms).toLocaleString([], options);
    }

    function series(points, key) {
        return points.map(p => ({x: p.t, y: p[key]}));
    }

    function drawRoundTrips(data, withDay) {
        const points = data.roundTrips || [];
        if (rtt === null) {
            rtt = new Chart(rttCanvas, {
                type: 'line',
                data: {datasets: [
                    {label: 'p50', data: [], borderColor: '#1565c0', backgroundColor: '#1565c0', pointRadius: 2},
                    {label: 'p99', data: [], borderColor: '#ef6c00', backgroundColor: '#ef6c00', pointRadius: 2}
                ]},
                options: {
                    animation: false, maintainAspectRatio: false, parsing: false, normalized: true,
                    scales: {
                        x: {type: 'linear', ticks: {maxTicksLimit: 8, callback: v => when(v, withDay)}},
                        y: {beginAtZero: true, title: {display: true, text: 'ms'}}
                    },
                    plugins: {tooltip: {callbacks: {title: items => items.length ? when(items[0].parsed.x, true) : ''}}}
                }
            });
        }
        rtt.data.datasets[0].data = series(points, 'p50');
        rtt.data.datasets[1].data = series(points, 'p99');
        rtt.options.scales.x.min = data.from;
        rtt.options.scales.x.max = data.to;
        rtt.options.scales.x.ticks.callback = v => when(v, withDay);
        rtt.options.scales.x.ticks.stepSize = HOUR * (data.hours <= 6 ? 1 : data.hours <= 24 ? 3 : data.hours <= 72 ? 12 : 24);
        rtt.update('none');
        rttCanvas.dataset.points = String(points.length);
    }

    function drawOutages(data, withDay) {
        const hours = data.outageHours || [];
        if (outage === null) {
            outage = new Chart(outageCanvas, {
                type: 'bar',
                data: {labels: [], datasets: [{label: 'seconds offline', data: [], backgroundColor: '#c62828'}]},
                options: {
                    animation: false, maintainAspectRatio: false,
                    scales: {
                        x: {ticks: {maxTicksLimit: 12}},
                        y: {beginAtZero: true, suggestedMax: 60, max: 3600, title: {display: true, text: 's'}}
                    },
                    plugins: {legend: {display: false}}
                }
            });
        }
        outage.data.labels = hours.map(h => when(h.t, withDay));
        outage.data.datasets[0].data = hours.map(h => h.seconds);
        outage.update('none');
        outageCanvas.dataset.points = String(hours.length);
        outageCanvas.dataset.seconds = String(data.secondsDown || 0);
    }

    function draw() {
        const holder = document.getElementById('link-data');
        const text = holder ? holder.dataset.link : null;
        if (!text || text === shown) {
            return;
        }
        shown = text;
        const data = JSON.parse(text);
        const withDay = data.hours > 24;
        drawRoundTrips(data, withDay);
        drawOutages(data, withDay);
    }

    draw();
    // the poll replaces #link-data (inside #locker-live); nothing else on the page changes the charts' data
    const live = document.getElementById('locker-live');
    if (live && live.parentNode) {
        new MutationObserver(draw).observe(live.parentNode, {childList: true, subtree: true});
    }
})();
