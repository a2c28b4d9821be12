// Alongside's small amount of page behaviour. No third-party code, no inline scripts.
(function () {
  "use strict";

  // Quick exit: leave for a neutral page and replace this one in history, so
  // the back button does not return here. Esc pressed twice does the same.
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.innerHTML = "";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("[data-quick-exit]")) quickExit(e);
  });
  var lastEsc = 0;
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || !document.querySelector("[data-quick-exit]")) return;
    var now = Date.now();
    if (now - lastEsc < 800) quickExit(e);
    lastEsc = now;
  });

  // Give back what someone was writing when their session ran out.
  function restoreDraft() {
    var node = document.getElementById("kept-draft");
    if (!node) return;
    var data = JSON.parse(node.textContent);
    var form = null;
    Object.keys(data).forEach(function (name) {
      var fields = document.querySelectorAll('[name="' + CSS.escape(name) + '"]');
      fields.forEach(function (field, i) {
        var values = data[name];
        if (field.type === "checkbox" || field.type === "radio") {
          field.checked = values.indexOf(field.value) !== -1;
        } else if (field.type !== "hidden" && field.type !== "password" && values[i] !== undefined) {
          field.value = values[i];
        }
        form = form || field.form;
      });
    });
    if (form) {
      var first = form.querySelector("textarea, input[type=text]");
      if (first) first.focus();
    }
  }

  // Warn before an idle sign-out, and let people stay signed in.
  function idleWarning() {
    var body = document.body;
    var statusUrl = body.dataset.sessionStatus;
    var dialog = document.getElementById("idle-dialog");
    if (!statusUrl || !dialog) return;
    var idle = parseInt(body.dataset.idleSeconds, 10);
    var warn = parseInt(body.dataset.warnSeconds, 10);
    var timer = null;
    var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");

    function schedule(secondsLeft) {
      clearTimeout(timer);
      timer = setTimeout(check, Math.max(5, secondsLeft - warn) * 1000);
    }
    function check() {
      // Another tab may have kept the session alive: ask before warning.
      fetch(statusUrl, { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (!s.signed_in) return signedOut();
          if (s.seconds_left > warn + 5) return schedule(s.seconds_left);
          if (!dialog.open) dialog.showModal();
          timer = setTimeout(check, Math.max(5, s.seconds_left) * 1000);
        })
        .catch(function () { schedule(warn * 2); });
    }
    function signedOut() {
      document.getElementById("idle-title").textContent = "You've been signed out";
      document.getElementById("idle-text").textContent =
        "You were signed out after a quiet spell, to keep your information safe. " +
        "Anything you were typing is still on this page: when you save it, you'll be asked " +
        "to sign in, and it will be kept.";
      var stay = document.getElementById("idle-stay");
      stay.textContent = "Close";
      stay.dataset.signedOut = "1";
      if (!dialog.open) dialog.showModal();
    }
    document.getElementById("idle-stay").addEventListener("click", function (e) {
      if (e.target.dataset.signedOut) { dialog.close(); return; }
      fetch(body.dataset.keepAlive, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrf ? csrf.value : "" },
      }).then(function (r) {
        dialog.close();
        if (r.ok && !r.redirected) schedule(idle); else signedOut();
      });
    });
    schedule(idle);
  }

  document.addEventListener("DOMContentLoaded", function () {
    restoreDraft();
    idleWarning();
  });
})();
