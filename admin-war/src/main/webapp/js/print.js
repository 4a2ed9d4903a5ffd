/* The wiring sheet's Print button (wiring.xhtml): a file of the app, since the page's policy allows no inline handler. */
(function () {
    'use strict';
    const button = document.getElementById('print');
    if (button) {
        button.addEventListener('click', () => window.print());
    }
})();
