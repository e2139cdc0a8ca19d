// Opens the folded section an address points at (#specs, #faq), on arrival and when the reader follows the
// menu, so a link to a section never lands on a closed heading.
(function () {
    "use strict";
    function open() {
        var id = decodeURIComponent(location.hash.slice(1));
        var target = id && document.getElementById(id);
        for (var d = target && target.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
            d.open = true;
        }
    }
    window.addEventListener("hashchange", open);
    open();
}());
