// One page, one state: when the reader changes the traffic, prices or tier, the page asks the server for
// the page at the new address and puts it in place of this one, so the verdict, the bills, the tables and
// the share link all follow; there is no second set of sums here. The address bar keeps the new address,
// the field being typed in keeps focus and caret, open sections stay open, the scroll position holds, and
// a status line tells screen readers the figures changed. Without this script the calculator is a plain
// GET form and the same page comes back in one load.
(function () {
    "use strict";
    var main = document.querySelector("main");
    if (!main || !main.querySelector("form[data-calculator]")) { return; }
    var live = document.createElement("p");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    document.body.appendChild(live);
    var timer = 0;
    var latest = 0;

    function address(form) {
        var query = new URLSearchParams();
        new URLSearchParams(new FormData(form)).forEach(function (value, key) {
            if (value.trim() !== "") { query.append(key, value); }
        });
        var text = query.toString();
        return form.getAttribute("action").split("#")[0] + (text ? "?" + text : "") + "#summary";
    }

    function openIds() {
        return Array.prototype.map.call(main.querySelectorAll("details[open]"), function (d) {
            var owner = d.closest("[data-testid]");
            return owner ? owner.getAttribute("data-testid") : "";
        });
    }

    function render(url) {
        var ticket = ++latest;
        var active = document.activeElement;
        var field = active && active.form && active.name ? { name: active.name, type: active.type, start: active.selectionStart, end: active.selectionEnd } : null;
        var open = openIds();
        var scroll = window.scrollY;
        fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                // Superseded, or the reader typed on since this was asked: a newer answer is on its way.
                var current = main.querySelector("form[data-calculator]");
                if (ticket !== latest || (current && address(current) !== url)) { return; }
                var next = new DOMParser().parseFromString(html, "text/html");
                var fresh = next.querySelector("main");
                if (!fresh) { return; }
                main.replaceChildren.apply(main, Array.prototype.slice.call(fresh.childNodes).map(function (n) { return document.importNode(n, true); }));
                document.title = next.title;
                open.forEach(function (id) {
                    var d = id && main.querySelector("[data-testid='" + id + "'] details");
                    if (d) { d.open = true; }
                });
                var box = main.querySelector("details.calculator-box");
                if (box) { box.open = true; }
                if (window.history && history.replaceState) { history.replaceState(null, "", url); }
                window.scrollTo(0, scroll);
                if (field) {
                    var same = main.querySelector("form[data-calculator] [name='" + field.name + "']" + (field.type === "radio" ? ":checked" : ""));
                    if (same) {
                        same.focus({ preventScroll: true });
                        if (field.start !== null && typeof same.setSelectionRange === "function") {
                            try { same.setSelectionRange(field.start, field.end); } catch (e) { /* number fields have no caret */ }
                        }
                    }
                }
                var traffic = main.querySelector("[data-testid=summary-traffic-text]");
                live.textContent = "Figures updated" + (traffic ? " for " + traffic.textContent : "") + ".";
            })
            .catch(function () {
                // Offline or refused: the form still submits the ordinary way.
                var form = main.querySelector("form[data-calculator]");
                if (form) { form.submit(); }
            });
    }

    function later(form) {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { render(address(form)); }, 350);
    }

    main.addEventListener("input", function (event) {
        var form = event.target.closest && event.target.closest("form[data-calculator]");
        if (form) { later(form); }
    });
    main.addEventListener("change", function (event) {
        var form = event.target.closest && event.target.closest("form[data-calculator]");
        if (form) { later(form); }
    });
    main.addEventListener("submit", function (event) {
        var form = event.target.closest && event.target.closest("form[data-calculator]");
        if (!form) { return; }
        event.preventDefault();
        window.clearTimeout(timer);
        render(address(form));
    });
}());
