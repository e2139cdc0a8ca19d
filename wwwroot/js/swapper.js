// Fills the pair page's swapper list (<datalist data-src>) with every model's name the first time one of
// its fields is used, from one file the browser caches for every pair page. Without this script the
// fields still take a typed name and the server compares the closest match.
(function () {
    "use strict";
    Array.prototype.forEach.call(document.querySelectorAll("datalist[data-src]"), function (list) {
        var fields = document.querySelectorAll("input[list='" + list.id + "']");
        var requested = false;

        function fill(names) {
            var options = document.createDocumentFragment();
            names.forEach(function (name) {
                var option = document.createElement("option");
                option.value = name;
                options.appendChild(option);
            });
            list.appendChild(options);
        }

        function load() {
            if (requested) { return; }
            requested = true;
            fetch(list.getAttribute("data-src"), { credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (names) { if (Array.isArray(names)) { fill(names); } })
                .catch(function () { requested = false; });
        }

        Array.prototype.forEach.call(fields, function (field) {
            field.addEventListener("focus", load);
            field.addEventListener("pointerenter", load);
        });
    });
}());
