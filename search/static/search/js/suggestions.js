// Header search: titles across types after two characters (combobox pattern:
// arrows move, Enter opens, Escape closes; the count is announced).
(function () {
  "use strict";
  var input = document.getElementById("header-search-input");
  var list = document.getElementById("header-search-suggestions");
  var announce = document.getElementById("header-search-announce");
  if (!input || !list || !announce) return;
  var url = input.getAttribute("data-suggestions-url");
  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function say(count) {
    if (count === 0) announce.textContent = announce.getAttribute("data-none");
    else if (count === 1) announce.textContent = announce.getAttribute("data-one");
    else announce.textContent = announce.getAttribute("data-many").replace("{count}", count);
  }

  function show(suggestions) {
    close();
    suggestions.forEach(function (suggestion, index) {
      var li = document.createElement("li");
      li.id = "header-search-suggestion-" + index;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "search-suggestion";
      var link = document.createElement("a");
      link.href = suggestion.url;
      link.tabIndex = -1;
      link.textContent = suggestion.title;
      var kind = document.createElement("span");
      kind.className = "fr-text--xs search-suggestion__kind";
      kind.textContent = " — " + suggestion.kind;
      li.appendChild(link);
      li.appendChild(kind);
      list.appendChild(li);
      items.push(li);
    });
    if (items.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    say(items.length);
  }

  function move(step) {
    if (!items.length) return;
    if (active >= 0) items[active].setAttribute("aria-selected", "false");
    active = (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) {
      close();
      return;
    }
    var ticket = ++latest;
    fetch(url + "?q=" + encodeURIComponent(query), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (ticket === latest) show(data.suggestions || []); })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape" && !list.hidden) { event.preventDefault(); event.stopPropagation(); close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].querySelector("a").href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 200); });
})();
