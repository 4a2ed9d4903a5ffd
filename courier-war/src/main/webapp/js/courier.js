// The courier's phone: "Use my position" fills the shift's latitude and longitude, and while the page is open its
// position goes to the Core every 15 s at most (the ETAs of the stops follow it). The browser asks before either.
document.addEventListener('DOMContentLoaded', () => {
    if (!navigator.geolocation) {
        return;
    }
    const base = document.body.dataset.base || '';
    const button = document.getElementById('use-position');
    if (button) {
        button.addEventListener('click', () => navigator.geolocation.getCurrentPosition(position => {
            for (const [id, value] of [['latitude', position.coords.latitude], ['longitude', position.coords.longitude]]) {
                const widget = PrimeFaces.getWidgetById('route-form:' + id);
                if (widget) {
                    widget.setValue(value.toFixed(5));
                }
            }
        }));
    }
    let last = 0;
    navigator.geolocation.watchPosition(position => {
        const now = Date.now();
        if (now - last < 15000) {
            return;
        }
        last = now;
        fetch(base + '/position', {
            method: 'POST', credentials: 'same-origin',
            body: new URLSearchParams({latitude: position.coords.latitude, longitude: position.coords.longitude})
        }).catch(() => { /* the next position tries again */ });
    }, () => { /* no position allowed: the ETAs stay the plan's */ }, {enableHighAccuracy: true, maximumAge: 10000});
});
