// claimtrail: a little script of our own. Every page works without it; it
// only saves reloads (the map's date slider), adds pointer brushing to the
// timeline, and shows upload progress on the ingest page.
"use strict";
document.documentElement.classList.add("js");

// Selects that change the view submit their form at once.
document.addEventListener("change", function (e) {
  var t = e.target;
  if (t && t.hasAttribute && t.hasAttribute("data-autosubmit") && t.form) {
    t.form.submit();
  }
});

// ---- map: slider and view toggle redraw the figure in place ----
(function () {
  var form = document.getElementById("map-form");
  var fig = document.getElementById("map-figure");
  if (!form || !fig) return;
  var slider = document.getElementById("map-day");
  var out = document.getElementById("map-date");
  var days = slider ? slider.getAttribute("data-days").split(",") : [];
  var pending = null, seq = 0;
  function query() {
    var params = new URLSearchParams(new FormData(form));
    if (slider) {
      params.delete("d");
      params.set("date", days[Number(slider.value)] || "");
    }
    return params.toString();
  }
  function redraw() {
    var q = query(), mine = ++seq;
    fetch("/map/svg?" + q, { headers: { "Accept": "text/html" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) {
        if (mine !== seq) return; // a later move won
        // The fragment is our own server-rendered, escaped template output.
        var doc = new DOMParser().parseFromString(html, "text/html");
        var figure = doc.querySelector("figure.map");
        if (figure) fig.replaceChildren(document.importNode(figure, true));
        history.replaceState(null, "", "/?" + q);
      })
      .catch(function () { form.submit(); });
  }
  if (slider) {
    slider.addEventListener("input", function () {
      var d = days[Number(slider.value)] || "";
      out.textContent = d;
      slider.setAttribute("aria-valuetext", d);
      clearTimeout(pending);
      pending = setTimeout(redraw, 120);
    });
  }
  form.addEventListener("change", function (e) {
    if (e.target && e.target.name === "view") redraw();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); redraw(); });
})();

// ---- timeline: drag across a chart to brush a date range ----
(function () {
  var charts = document.querySelectorAll("svg.brushable");
  Array.prototype.forEach.call(charts, function (svg) {
    var first = svg.getAttribute("data-first");
    var n = Number(svg.getAttribute("data-days"));
    var x0 = Number(svg.getAttribute("data-x0")), x1 = Number(svg.getAttribute("data-x1"));
    var live = svg.querySelector(".brush-live");
    if (!first || !n || !live) return;
    var start = null;
    function toX(ev) {
      var pt = svg.createSVGPoint();
      pt.x = ev.clientX; pt.y = ev.clientY;
      var p = pt.matrixTransform(svg.getScreenCTM().inverse());
      return Math.max(x0, Math.min(x1, p.x));
    }
    function dayAt(x) {
      var i = Math.min(n - 1, Math.max(0, Math.floor((x - x0) / (x1 - x0) * n)));
      var d = new Date(first + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() + i);
      return d.toISOString().slice(0, 10);
    }
    svg.addEventListener("pointerdown", function (ev) {
      start = toX(ev);
      svg.setPointerCapture(ev.pointerId);
      live.setAttribute("x", start); live.setAttribute("width", 0);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (start === null) return;
      var x = toX(ev);
      live.setAttribute("x", Math.min(start, x));
      live.setAttribute("width", Math.abs(x - start));
    });
    svg.addEventListener("pointerup", function (ev) {
      if (start === null) return;
      var x = toX(ev), a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      var params = new URLSearchParams(location.search);
      params.set("from", dayAt(a));
      params.set("to", dayAt(b));
      location.search = params.toString();
    });
  });
})();

// ---- ingest: send with the token as a Bearer header and show progress ----
(function () {
  var form = document.getElementById("ingest-form");
  if (!form) return;
  var bar = document.getElementById("ingest-progress");
  var status = document.getElementById("ingest-status");
  var result = document.getElementById("ingest-result");
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var data = new FormData(form);
    var token = data.get("token") || "";
    data.delete("token");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    xhr.setRequestHeader("Authorization", "Bearer " + token);
    bar.hidden = false; bar.value = 0;
    status.textContent = "Uploading…";
    result.replaceChildren();
    xhr.upload.addEventListener("progress", function (ev) {
      if (ev.lengthComputable) bar.value = Math.round(100 * ev.loaded / ev.total);
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value"); // indeterminate while the server extracts
      status.textContent = "Uploaded; reading, cleaning and extracting…";
    });
    xhr.addEventListener("load", function () {
      bar.hidden = true;
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = null; }
      if (xhr.status !== 200 || !body) {
        var msg = body && body.error ? body.error.code + ": " + body.error.message : "HTTP " + xhr.status;
        status.textContent = "";
        var p = el("p"); p.className = "error"; p.setAttribute("role", "alert");
        p.textContent = msg;
        result.replaceChildren(p);
        return;
      }
      status.textContent = "Done.";
      var nodes = [el("h2", "Done"), el("p", "Read " + body.read + " · new " + body.new + " · replaced " + body.replaced +
        " · unchanged " + body.unchanged + " · " + body.claims + " claims · " + body.reuses + " reused passages · " + body.elapsed_ms + " ms.")];
      if (body.documents && body.documents.length) {
        var ul = el("ul");
        body.documents.forEach(function (id) {
          var a = el("a", id); a.href = "/documents/" + encodeURIComponent(id);
          var li = el("li"); li.appendChild(a); ul.appendChild(li);
        });
        nodes.push(ul);
      }
      if (body.rejected && body.rejected.length) {
        nodes.push(el("h3", "Rejected"));
        var rl = el("ul");
        body.rejected.forEach(function (r) { rl.appendChild(el("li", r.source + ": " + r.reason)); });
        nodes.push(rl);
      }
      result.replaceChildren.apply(result, nodes);
    });
    xhr.addEventListener("error", function () { bar.hidden = true; status.textContent = "The upload failed; try again."; });
    xhr.send(data);
  });
})();
