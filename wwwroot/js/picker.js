// Adds a type-to-filter box above each model <select> of a [data-picker] form. Without this script
// the selects still work; with it, typing narrows the options to those whose name contains the text.
(function () {
    "use strict";
    var forms = document.querySelectorAll("form[data-picker]");
    Array.prototype.forEach.call(forms, function (form) {
        Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
            var all = Array.prototype.map.call(select.options, function (o) {
                return { value: o.value, text: o.text };
            });
            var input = document.createElement("input");
            input.type = "search";
            input.placeholder = "Type to filter";
            input.setAttribute("aria-label", "Filter " + (select.closest("label") ? select.closest("label").firstChild.textContent.trim() : "models"));
            input.setAttribute("autocomplete", "off");
            select.parentNode.insertBefore(input, select);
            input.addEventListener("input", function () {
                var needle = input.value.trim().toLowerCase();
                var current = select.value;
                select.innerHTML = "";
                all.forEach(function (o) {
                    if (!needle || o.text.toLowerCase().indexOf(needle) >= 0 || o.value.indexOf(needle) >= 0) {
                        var option = document.createElement("option");
                        option.value = o.value;
                        option.text = o.text;
                        option.selected = o.value === current;
                        select.appendChild(option);
                    }
                });
            });
        });
    });
}());
