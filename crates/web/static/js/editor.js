// The story editor's additions when script runs: a Markdown toolbar, a
// copy of the text in this browser at every keystroke (it survives a closed
// tab, a crash or an expired session), and an automatic draft on the
// server every few seconds. The form works the same without any of it.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form) {
    return;
  }
  var status = document.getElementById("autosave-status");
  var names = ["title", "standfirst", "body"];
  var storageKey = "agoral:" + form.getAttribute("data-autosave-key");
  var submitting = false;
  var dirty = false;
  var timer = null;

  function values() {
    var result = {};
    names.forEach(function (name) {
      var field = form.elements[name];
      result[name] = field ? field.value : "";
    });
    return result;
  }

  function same(a, b) {
    return names.every(function (name) {
      return (a[name] || "") === (b[name] || "");
    });
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function clock() {
    var now = new Date();
    return ("0" + now.getHours()).slice(-2) + ":" + ("0" + now.getMinutes()).slice(-2);
  }

  function readLocal() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (e) {
      return null;
    }
  }

  function writeLocal() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({ values: values(), at: Date.now() }));
    } catch (e) {
      // Storage full or disabled: the server copy still runs.
    }
  }

  // A copy left by an earlier visit that differs from the form: offer it.
  var onPage = values();
  var local = readLocal();
  if (local && local.values) {
    if (same(local.values, onPage)) {
      window.localStorage.removeItem(storageKey);
    } else {
      var offer = document.createElement("p");
      offer.className = "alert alert-info";
      offer.setAttribute("role", "status");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-primary";
      button.textContent = form.getAttribute("data-msg-local");
      button.addEventListener("click", function () {
        names.forEach(function (name) {
          if (form.elements[name]) {
            form.elements[name].value = local.values[name] || "";
          }
        });
        dirty = true;
        offer.remove();
        form.elements.title.focus();
      });
      offer.appendChild(button);
      form.parentNode.insertBefore(offer, form);
    }
  }

  function pushToServer() {
    if (!dirty || !window.fetch) {
      return;
    }
    var body = new URLSearchParams();
    body.set("lang", form.elements.lang.value);
    var current = values();
    names.forEach(function (name) {
      body.set(name, current[name]);
    });
    window
      .fetch(form.getAttribute("data-autosave-url"), {
        method: "POST",
        credentials: "same-origin",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "X-CSRF-Token": form.elements.csrf_token.value
        },
        body: body.toString()
      })
      .then(function (response) {
        if (response.ok) {
          dirty = !same(current, values());
          say(form.getAttribute("data-msg-saved").replace("%time%", clock()));
        } else {
          // Expired session or refused: the copy in this browser stays.
          say(form.getAttribute("data-msg-failed"));
        }
      })
      .catch(function () {
        say(form.getAttribute("data-msg-failed"));
      });
  }

  form.addEventListener("input", function () {
    dirty = true;
    writeLocal();
    window.clearTimeout(timer);
    timer = window.setTimeout(pushToServer, 3000);
  });

  form.addEventListener("submit", function () {
    submitting = true;
    // The local copy stays until the saved page shows the same text.
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = form.getAttribute("data-msg-leave");
    }
  });

  // The Markdown toolbar: each button wraps the selection or starts lines.
  var body = form.elements.body;
  var labels = (form.getAttribute("data-tools") || "").split("|");
  var tools = [
    { label: labels[0], before: "**", after: "**" },
    { label: labels[1], before: "_", after: "_" },
    { label: labels[2], line: "## " },
    { label: labels[3], before: "[", after: "](https://)" },
    { label: labels[4], line: "- " },
    { label: labels[5], line: "> " }
  ];
  if (body && labels.length === tools.length) {
    var bar = document.createElement("div");
    bar.className = "agoral-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", form.getAttribute("data-toolbar"));
    bar.setAttribute("aria-controls", "body");
    tools.forEach(function (tool) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-secondary";
      button.textContent = tool.label;
      button.addEventListener("click", function () {
        var start = body.selectionStart;
        var end = body.selectionEnd;
        var text = body.value;
        var chosen = text.slice(start, end);
        var replacement;
        if (tool.line) {
          replacement = (chosen || "").split("\n").map(function (line) {
            return tool.line + line;
          }).join("\n");
          if (start > 0 && text.charAt(start - 1) !== "\n") {
            replacement = "\n" + replacement;
          }
        } else {
          replacement = tool.before + chosen + tool.after;
        }
        body.setRangeText(replacement, start, end, "end");
        body.focus();
        body.dispatchEvent(new Event("input", { bubbles: true }));
      });
      bar.appendChild(button);
    });
    body.parentNode.insertBefore(bar, body);
  }
})();
