// Fills the pair page's swapper list (<datalist data-src>) with every model's name the first time one of
// its fields is used, from one file the browser caches for every pair page. Listens on the document, so a
// page whose content was replaced in place (the calculator does that) keeps working. Without this script
// the fields still take a typed name and the server compares the closest match.
(function () {
    "use strict";
    var names = null;
    var requested = false;

    function fill(list) {
        if (!names || list.options.length > 0) { return; }
        var options = document.createDocumentFragment();
        names.forEach(function (name) {
            var option = document.createElement("option");
            option.value = name;
            options.appendChild(option);
        });
        list.appendChild(options);
    }

    function load(event) {
        var field = event.target;
        var list = field && field.list;
        if (!list || !list.hasAttribute("data-src")) { return; }
        if (names) { fill(list); return; }
        if (requested) { return; }
        requested = true;
        fetch(list.getAttribute("data-src"), { credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (found) {
                if (!Array.isArray(found)) { return; }
                names = found;
                Array.prototype.forEach.call(document.querySelectorAll("datalist[data-src]"), fill);
            })
            .catch(function () { requested = false; });
    }

    document.addEventListener("focusin", load);
    document.addEventListener("pointerover", load);
}());
