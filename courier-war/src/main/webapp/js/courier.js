// "Use my position": the phone's position fills the shift's latitude and longitude (the browser asks first).
document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('use-position');
    if (!button || !navigator.geolocation) {
        return;
    }
    button.addEventListener('click', () => navigator.geolocation.getCurrentPosition(position => {
        for (const [id, value] of [['latitude', position.coords.latitude], ['longitude', position.coords.longitude]]) {
            const widget = PrimeFaces.getWidgetById('route-form:' + id);
            if (widget) {
                widget.setValue(value.toFixed(5));
            }
        }
    }));
});
