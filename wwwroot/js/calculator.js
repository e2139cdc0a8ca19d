// Recomputes the pair summary's monthly bills as the reader types, from the prices the page embeds in
// each cost cell's data-rates ([input, output, cache read] per 1M tokens, one per route the bill may come
// from; the cheapest wins), and keeps the address shareable with history.replaceState. Without this
// script the calculator is a plain GET form and the server does the same sums.
(function () {
    "use strict";
    var form = document.querySelector("form[data-calculator]");
    if (!form) { return; }
    var summary = form.closest("[data-testid=summary]");
    var trafficText = summary.querySelector("[data-testid=summary-traffic-text]");
    var perRequest = summary.querySelector("[data-testid=per-request]");
    var stale = summary.querySelector("[data-testid=summary-stale]");
    var cells = Array.prototype.map.call(summary.querySelectorAll("[data-rates]"), function (cell) {
        return { cell: cell, rates: JSON.parse(cell.getAttribute("data-rates") || "[]"), initial: cell.textContent };
    });
    var initialTraffic = trafficText.textContent;
    var pricesChanged = false;
    var limits = { millions: 1000000, requests: 10000000000, perRequest: 10000000, cache: 100 };

    function number(name, fallback, max) {
        var field = form.elements[name];
        var value = field && field.value.trim() !== "" ? Number(field.value) : NaN;
        if (!isFinite(value)) { return fallback; }
        return Math.min(Math.max(value, 0), max);
    }

    function grouped(value, decimals) {
        return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    }

    // As the server writes them: "$18,000" from $100 up, "$42.50" below.
    function money(amount) {
        var cents = Math.round(amount * 100) / 100;
        return "$" + (Math.abs(cents) >= 100 ? grouped(Math.round(cents), 0) : grouped(cents, 2));
    }

    function millions(value) {
        return (Math.round(value * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 }) + "M";
    }

    function traffic() {
        var mode = form.querySelector("input[name=mode]:checked");
        var cache = number("cache", 0, limits.cache);
        if (mode && mode.value === "request") {
            var requests = number("requests", 1000000, limits.requests);
            return {
                input: Math.min(requests * number("in_per", 1000, limits.perRequest) / 1e6, limits.millions),
                output: Math.min(requests * number("out_per", 200, limits.perRequest) / 1e6, limits.millions),
                cache: cache
            };
        }
        return { input: number("input", 1000, limits.millions), output: number("output", 200, limits.millions), cache: cache };
    }

    function bill(rate, t) {
        var cached = t.input * t.cache / 100;
        var cacheRead = rate[2] === null ? rate[0] : rate[2];
        return (t.input - cached) * rate[0] + cached * cacheRead + t.output * rate[1];
    }

    function describe(t) {
        var text = millions(t.input) + " input and " + millions(t.output) + " output tokens a month";
        return t.cache > 0 ? text + ", " + (Math.round(t.cache * 10) / 10) + "% of input cached" : text;
    }

    function address() {
        var query = new URLSearchParams();
        new URLSearchParams(new FormData(form)).forEach(function (value, key) {
            if (value.trim() !== "") { query.append(key, value); }
        });
        return form.getAttribute("action").split("#")[0] + "?" + query.toString() + "#summary";
    }

    function update(event) {
        var target = event && event.target;
        if (target && target.tagName === "SELECT") { pricesChanged = true; }
        // Typing in one set of figures means that set: tick its mode so a submit sends what was typed.
        var set = target && target.closest ? target.closest("[data-mode]") : null;
        var radio = set ? form.querySelector("input[name=mode][value=" + (set.getAttribute("data-mode") === "request" ? "request" : "monthly") + "]") : null;
        if (radio) { radio.checked = true; }
        var t = traffic();
        cells.forEach(function (c) {
            if (c.rates.length === 0) { return; }
            c.cell.textContent = money(Math.min.apply(null, c.rates.map(function (r) { return bill(r, t); })));
        });
        trafficText.textContent = describe(t);
        var changed = trafficText.textContent !== initialTraffic || pricesChanged;
        if (perRequest) { perRequest.hidden = changed; }
        stale.hidden = !changed;
        if (window.history && history.replaceState) { history.replaceState(null, "", address()); }
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
}());
