// Live conversation: the page works without this script (plain POST + reload).
// With it, messages are posted with fetch, arrive over the socket, and what was
// missed while the socket was down is fetched from the last message id shown,
// so none is lost and none shown twice.
(function () {
  "use strict";
  var root = document.querySelector("[data-conversation]");
  if (!root || root.dataset.live !== "true" || !window.fetch || !window.WebSocket) {
    return;
  }
  var list = root.querySelector("[data-messages]");
  var form = root.querySelector("[data-send-form]");
  var status = root.querySelector("[data-chat-status]");
  var userId = root.dataset.userId;
  var lastId = parseInt(root.dataset.lastId, 10) || 0;
  var members = JSON.parse(document.getElementById("chat-members").textContent);
  var csrf = form ? form.querySelector("[name=csrfmiddlewaretoken]").value : "";
  var socket = null;
  var attempts = 0;
  var pingTimer = null;
  var catchingUp = false;

  function shown(id) {
    return document.getElementById("message-" + id) !== null;
  }

  function insert(payload, atTop) {
    if (shown(payload.id)) {
      return false;
    }
    var holder = document.createElement("ol");
    holder.innerHTML = payload.html.trim();
    var item = holder.firstElementChild;
    if (String(payload.author_id) === userId) {
      item.classList.add("osmose-message--mine");
    }
    if (atTop) {
      list.insertBefore(item, list.firstElementChild);
      return true;
    }
    // Keep id order even if a late catch-up answer crosses a live message.
    var next = null;
    list.querySelectorAll("[data-message-id]").forEach(function (el) {
      if (!next && parseInt(el.dataset.messageId, 10) > payload.id) {
        next = el;
      }
    });
    list.insertBefore(item, next);
    var empty = root.querySelector("[data-empty]");
    if (empty) {
      empty.remove();
    }
    if (payload.id > lastId) {
      lastId = payload.id;
    }
    return true;
  }

  function markRead() {
    if (document.visibilityState !== "visible" || !lastId) {
      return;
    }
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "read", message_id: lastId }));
    }
  }

  function arrived(payload) {
    if (insert(payload, false)) {
      var item = document.getElementById("message-" + payload.id);
      if (String(payload.author_id) !== userId) {
        status.textContent = item.querySelector(".osmose-message__meta").textContent.trim();
        if (item.getBoundingClientRect().top < window.innerHeight + 200) {
          item.scrollIntoView({ block: "nearest" });
        }
      }
      markRead();
    }
  }

  function seen(userIdRead, messageId) {
    if (String(userIdRead) === userId) {
      return;
    }
    var old = root.querySelector('[data-seen-user="' + userIdRead + '"]');
    if (old) {
      old.remove();
    }
    var target = null;
    list.querySelectorAll("[data-message-id]").forEach(function (el) {
      if (
        parseInt(el.dataset.messageId, 10) <= messageId &&
        el.dataset.authorId !== String(userIdRead)
      ) {
        target = el;
      }
    });
    if (!target) {
      return;
    }
    var holder = target.querySelector("[data-seen]");
    var span = document.createElement("span");
    span.dataset.seenUser = userIdRead;
    span.textContent = (holder.children.length ? ", " : root.dataset.seenLabel + " ") +
      (members[String(userIdRead)] || "");
    holder.appendChild(span);
  }

  function catchUp() {
    if (catchingUp) {
      return;
    }
    catchingUp = true;
    fetch(root.dataset.messagesUrl + "?after=" + lastId, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        data.messages.forEach(arrived);
        catchingUp = false;
        if (data.more) {
          catchUp();
        }
      })
      .catch(function () {
        catchingUp = false;
      });
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + root.dataset.socketPath);
    socket.addEventListener("open", function () {
      attempts = 0;
      status.textContent = "";
      catchUp();
      markRead();
      clearInterval(pingTimer);
      pingTimer = setInterval(function () {
        if (socket.readyState === WebSocket.OPEN) {
          socket.send(JSON.stringify({ type: "ping" }));
        }
      }, 30000);
    });
    socket.addEventListener("message", function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "message") {
        arrived(data.message);
      } else if (data.type === "read") {
        seen(data.user_id, data.message_id);
      }
    });
    socket.addEventListener("close", function () {
      clearInterval(pingTimer);
      if (attempts === 1) {
        status.textContent = root.dataset.offlineLabel;
      }
      // Back-off: 1 s, 2 s, 4 s… up to 30 s, with jitter so a restarted
      // server is not hit by every page at once.
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts)) * (0.5 + Math.random() / 2);
      attempts += 1;
      setTimeout(connect, delay);
    });
  }

  function showErrors(errors) {
    var box = form.querySelector("[data-send-errors]");
    if (!box) {
      box = document.createElement("div");
      box.dataset.sendErrors = "";
      box.setAttribute("role", "alert");
      form.insertBefore(box, form.querySelector("button[type=submit]"));
    }
    box.innerHTML = "";
    errors.forEach(function (text) {
      var p = document.createElement("p");
      p.className = "fr-error-text";
      p.textContent = text;
      box.appendChild(p);
    });
  }

  if (form) {
    var textarea = form.querySelector("textarea");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json", "X-CSRFToken": csrf },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.json().then(function (data) {
            if (!response.ok) {
              showErrors(data.errors || []);
              return;
            }
            showErrors([]);
            textarea.value = "";
            arrived(data.message);
            document.getElementById("message-" + data.message.id).scrollIntoView({ block: "nearest" });
          });
        })
        .catch(function () {
          // Whether the server got it is unknown: keep the text, and the
          // message shows on reconnection if it was stored.
          showErrors([root.dataset.sendFailedLabel]);
        })
        .finally(function () {
          button.disabled = false;
          textarea.focus();
        });
    });
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        form.requestSubmit();
      }
    });
  }

  var older = root.querySelector("[data-older]");
  if (older) {
    older.addEventListener("click", function (event) {
      event.preventDefault();
      fetch(root.dataset.messagesUrl + "?before=" + older.dataset.before, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          data.messages.slice().reverse().forEach(function (payload) {
            insert(payload, true);
          });
          if (data.more && data.messages.length) {
            older.dataset.before = data.messages[0].id;
            older.href = "?before=" + data.messages[0].id;
          } else {
            older.parentElement.remove();
          }
        });
    });
  }

  document.addEventListener("visibilitychange", markRead);
  connect();
  var current = window.location.hash && document.querySelector(window.location.hash);
  (current || list.lastElementChild || root).scrollIntoView({ block: "nearest" });
})();
