// Filters the FAQ's questions as the member types; the form still submits to
// the server search (stemming, ranking, highlighting) on Enter.
(function () {
  "use strict";
  var form = document.querySelector("[data-faq-search]");
  var entries = document.querySelectorAll("[data-faq-entry]");
  if (!form || !entries.length) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var categories = document.querySelectorAll("[data-faq-category]");
  var empty = document.querySelector("[data-faq-empty]");
  var count = document.querySelector("[data-faq-count]");
  var total = count ? count.textContent : "";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var texts = Array.prototype.map.call(entries, function (entry) {
    return fold(entry.getAttribute("data-faq-text") || "");
  });

  function filter() {
    var words = fold(input.value)
      .split(/[^\w]+/)
      .filter(function (word) {
        return word.length > 1;
      })
      .map(function (word) {
        // "instructeurs" finds "instructeur", "delais" finds "délai".
        return word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
      });
    var shown = 0;
    entries.forEach(function (entry, i) {
      var match = words.every(function (word) {
        return texts[i].indexOf(word) !== -1;
      });
      entry.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    categories.forEach(function (category) {
      category.hidden = !category.querySelector("[data-faq-entry]:not([hidden])");
    });
    if (empty) {
      empty.hidden = shown > 0;
    }
    if (count) {
      if (!words.length) {
        count.textContent = total;
      } else if (shown === 0) {
        count.textContent = count.getAttribute("data-shown-none");
      } else if (shown === 1) {
        count.textContent = count.getAttribute("data-shown-one");
      } else {
        count.textContent = count.getAttribute("data-shown-many").replace("{n}", shown);
      }
    }
  }

  input.addEventListener("input", filter);
})();
