// Counts the ticked models of a [data-tick-form] and says what "Compare" will do. Without this script
// the form still submits and the server answers a wrong count with a message.
(function () {
    "use strict";
    var min = 2, max = 4;
    Array.prototype.forEach.call(document.querySelectorAll("form[data-tick-form]"), function (form) {
        var status = form.querySelector("[role=status]");
        var boxes = form.querySelectorAll("input[type=checkbox][name=models]");
        function ticked() {
            return Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
        }
        function describe(n) {
            if (n === 0) { return status.getAttribute("data-initial"); }
            if (n < min) { return "1 model ticked: tick at least one more."; }
            if (n === 2) { return "2 models ticked: Compare opens their comparison page."; }
            if (n <= max) { return n + " models ticked: Compare shows them side by side."; }
            return n + " models ticked: untick " + (n - max) + " (at most " + max + ").";
        }
        status.setAttribute("data-initial", status.textContent);
        form.addEventListener("change", function () { status.textContent = describe(ticked()); });
        form.addEventListener("submit", function (event) {
            var n = ticked();
            if (n < min || n > max) {
                event.preventDefault();
                status.textContent = n === 0 ? "Tick 2 to 4 models first." : describe(n);
            }
        });
    });
}());
