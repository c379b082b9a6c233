// "@" autocomplete for every <textarea data-mentions>. The attribute may hold
// the JSON endpoint (default /membres/mentions.json). Choosing a member inserts
// their stable token "@[username]"; without JavaScript, members type
// "@username" or "@Prénom Nom" by hand and the server resolves it the same way.
(function () {
  "use strict";
  var DEFAULT_ENDPOINT = "/membres/mentions.json";
  var QUERY_RE = /(?:^|[^\w@\/.+:-])@([^\s@\[\]]{1,40}(?: [^\s@\[\]]{1,40})?)$/;
  var counter = 0;

  function setup(textarea) {
    if (textarea.getAttribute("data-mentions-ready")) {
      return;
    }
    textarea.setAttribute("data-mentions-ready", "true");
    counter += 1;
    var endpoint = textarea.getAttribute("data-mentions") || DEFAULT_ENDPOINT;
    var list = document.createElement("ul");
    list.id = (textarea.id || "mentions-" + counter) + "-suggestions";
    list.className = "osmose-mentions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "fr-sr-only";
    status.setAttribute("role", "status");
    textarea.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    textarea.setAttribute("aria-autocomplete", "list");
    // A textarea may not be a combobox: it announces the list it controls and
    // its active option, and the status line counts the suggestions.
    textarea.setAttribute("aria-controls", list.id);

    var results = [];
    var active = -1;
    var match = null;
    var timer = null;
    var controller = null;

    function close() {
      results = [];
      active = -1;
      list.hidden = true;
      list.textContent = "";
      textarea.removeAttribute("aria-activedescendant");
    }

    function currentMatch() {
      var caret = textarea.selectionStart;
      if (caret !== textarea.selectionEnd) {
        return null;
      }
      var found = QUERY_RE.exec(textarea.value.slice(Math.max(0, caret - 100), caret));
      if (!found) {
        return null;
      }
      return { query: found[1], start: caret - found[1].length - 1, end: caret };
    }

    function option(item, index) {
      var li = document.createElement("li");
      li.id = list.id + "-" + index;
      li.className = "osmose-mentions__option";
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", index === active ? "true" : "false");
      li.setAttribute("data-index", String(index));
      var avatar;
      if (item.photo) {
        avatar = document.createElement("img");
        avatar.src = item.photo;
        avatar.alt = "";
      } else {
        avatar = document.createElement("span");
        avatar.setAttribute("aria-hidden", "true");
        avatar.textContent = item.initials;
      }
      avatar.className = "osmose-avatar osmose-avatar--small osmose-avatar--tone-0";
      var text = document.createElement("span");
      var name = document.createElement("strong");
      name.textContent = item.name;
      var detail = document.createElement("span");
      detail.className = "osmose-mentions__detail";
      detail.textContent = " @" + item.username + (item.detail ? " · " + item.detail : "");
      text.appendChild(name);
      text.appendChild(detail);
      li.appendChild(avatar);
      li.appendChild(text);
      return li;
    }

    function render() {
      list.textContent = "";
      results.forEach(function (item, index) {
        list.appendChild(option(item, index));
      });
      list.hidden = false;
      textarea.setAttribute("aria-activedescendant", list.id + "-" + active);
    }

    function choose(index) {
      var item = results[index];
      if (!item || !match) {
        return;
      }
      var insert = item.token + " ";
      var value = textarea.value;
      textarea.value = value.slice(0, match.start) + insert + value.slice(match.end);
      var caret = match.start + insert.length;
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
      close();
    }

    function search() {
      match = currentMatch();
      if (!match) {
        close();
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var url = endpoint + (endpoint.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(match.query);
      fetch(url, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (!data) {
            return;
          }
          status.textContent = data.status || "";
          results = data.results || [];
          if (!results.length) {
            close();
            return;
          }
          active = 0;
          render();
        })
        .catch(function () {
          // An aborted or failed lookup just leaves the text as typed.
        });
    }

    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 150);
    });
    textarea.addEventListener("keydown", function (event) {
      if (list.hidden || !results.length) {
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        active = (active + step + results.length) % results.length;
        render();
      } else if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    textarea.addEventListener("blur", function () {
      window.setTimeout(close, 200);
    });
    list.addEventListener("mousedown", function (event) {
      var item = event.target.closest("[data-index]");
      if (item) {
        event.preventDefault();
        choose(Number(item.getAttribute("data-index")));
      }
    });
  }

  function init(root) {
    var scope = root && root.querySelectorAll ? root : document;
    Array.prototype.forEach.call(scope.querySelectorAll("textarea[data-mentions]"), setup);
  }

  window.osmoseMentions = { init: init };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      init(document);
    });
  } else {
    init(document);
  }
})();
