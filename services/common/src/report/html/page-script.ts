/**
 * The run page's only script: filters the video grid by label (dimension, category …) and state.
 * It reads what the server-side rendering put into data attributes and never builds markup from
 * strings, so no prompt can become HTML here either.
 */
export const RUN_PAGE_SCRIPT = `
(function () {
  "use strict";
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card[data-labels]"));
  var shown = document.getElementById("shown");
  function apply() {
    var n = 0;
    cards.forEach(function (card) {
      var labels = JSON.parse(card.getAttribute("data-labels") || "{}");
      var ok = selects.every(function (s) {
        if (!s.value) return true;
        var key = s.getAttribute("data-filter");
        var v = key === "state" ? card.getAttribute("data-state") : labels[key];
        if (typeof v !== "string") return false;
        return v === s.value || v.split(",").indexOf(s.value) >= 0;
      });
      card.hidden = !ok;
      if (ok) n++;
    });
    if (shown) shown.textContent = String(n);
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
`;
