// Inline scope-of-practice advice for any <textarea data-advice-url>.
// It advises as the coach types (debounced) and never blocks saving.
(function () {
  "use strict";

  var DELAY_MS = 600;

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url, fields, keepalive) {
    var body = new FormData();
    Object.keys(fields).forEach(function (k) { body.append(k, fields[k]); });
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      // keepalive (small bodies only): a choice recorded just before the coach
      // saves must not be cancelled by the page navigating away.
      keepalive: Boolean(keepalive),
      headers: { "X-CSRFToken": csrfToken() },
      body: body,
    }).then(function (r) {
      if (!r.ok || r.redirected) throw new Error("advice unavailable");
      return r.json();
    });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function setup(textarea) {
    var panel = document.getElementById(textarea.id + "-advice");
    if (!panel) return;
    var timer = null;
    var latest = 0;

    function check() {
      var asked = ++latest;
      var text = textarea.value;
      if (!text.trim()) { render([]); return; }
      post(textarea.dataset.adviceUrl, { text: text })
        .then(function (data) {
          // Drop answers to older drafts, so advice always matches the text shown.
          if (asked === latest && textarea.value === text) render(data.findings || []);
        })
        .catch(function () { /* Advice is optional; the note still saves. */ });
    }

    function record(finding, outcome, reason) {
      return post(textarea.dataset.adviceEventUrl, {
        kind: finding.kind,
        outcome: outcome,
        where: textarea.dataset.adviceWhere,
        phrase: finding.text,
        reason: reason || "",
      }, true).catch(function () {});
    }

    function apply(finding) {
      var value = textarea.value;
      var start = finding.start;
      // The text may have moved since the check: find the phrase again if so.
      if (value.slice(start, finding.end) !== finding.text) {
        start = value.indexOf(finding.text);
        if (start === -1) { check(); return; }
      }
      var end = start + finding.text.length;
      textarea.value = value.slice(0, start) + finding.suggestion + value.slice(end);
      textarea.focus();
      textarea.setSelectionRange(start, start + finding.suggestion.length);
      record(finding, "applied");
      check();
    }

    function render(findings) {
      panel.textContent = "";
      if (!findings.length) return;
      var box = el("section", { class: "advice-box", "aria-label": "Wording advice" });
      box.appendChild(el("h3", {}, "A thought on wording"));
      box.appendChild(el("p", { class: "muted" },
        "Advice only: you can save your words as they are."));
      findings.forEach(function (finding) {
        var item = el("div", { class: "advice-item", "data-kind": finding.kind });
        var said = el("p");
        said.appendChild(el("mark", {}, finding.text));
        said.appendChild(document.createTextNode(" " + finding.why));
        item.appendChild(said);
        var suggestion = el("p");
        suggestion.appendChild(document.createTextNode("Try: "));
        suggestion.appendChild(el("q", { class: "suggestion" }, finding.suggestion));
        item.appendChild(suggestion);
        var use = el("button", { type: "button", class: "secondary" }, "Use this wording");
        use.addEventListener("click", function () { apply(finding); });
        var keep = el("button", { type: "button", class: "link" }, "Keep my words");
        keep.addEventListener("click", function () {
          keep.remove();
          use.remove();
          var label = el("label", {}, "Why keep them? (optional, only you see this)");
          var reasonId = textarea.id + "-keep-" + finding.start;
          label.setAttribute("for", reasonId);
          var reason = el("input", { type: "text", id: reasonId, maxlength: "500" });
          var done = el("button", { type: "button", class: "secondary" }, "Done");
          done.addEventListener("click", function () {
            done.disabled = true;
            // Remove the advice once the choice is stored, so what the page
            // shows matches what was recorded.
            record(finding, "kept", reason.value).then(function () {
              item.remove();
              if (!box.querySelector(".advice-item")) panel.textContent = "";
              textarea.focus();
            });
          });
          item.appendChild(label);
          item.appendChild(reason);
          item.appendChild(done);
          reason.focus();
        });
        item.appendChild(use);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(keep);
        box.appendChild(item);
      });
      panel.appendChild(box);
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(check, DELAY_MS);
    });
    if (textarea.value.trim()) check();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-advice-url]").forEach(setup);
  });
})();
