// "Déjà répondu ?": while a member types a question, list published answers
// that match it. Without JavaScript the block stays hidden and nothing else
// changes.
(function () {
  "use strict";
  var DELAY = 400;
  var MIN_LENGTH = 3;

  function setup(box) {
    var textarea = document.getElementById(box.getAttribute("data-suggestions-for"));
    var endpoint = box.getAttribute("data-suggestions");
    var list = box.querySelector("ul");
    if (!textarea || !endpoint || !list) {
      return;
    }
    var timer = null;
    var asked = "";

    function show(results) {
      list.textContent = "";
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      box.hidden = results.length === 0;
    }

    function ask() {
      var query = textarea.value.trim().slice(0, 200);
      if (query.length < MIN_LENGTH || query === asked) {
        if (query.length < MIN_LENGTH) {
          show([]);
        }
        return;
      }
      asked = query;
      fetch(endpoint + "?q=" + encodeURIComponent(query), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (asked === query) {
            show(data.results || []);
          }
        })
        .catch(function () {
          show([]);
        });
    }

    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });
  }

  document.querySelectorAll("[data-suggestions]").forEach(setup);
})();
