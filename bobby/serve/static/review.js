// The review page's only script of its own: the live event stream (new candidates, decisions
// made in another tab, the generation's progress) and errors in one line. htmx does the rest.
(function () {
  "use strict";
  const flash = document.getElementById("flash");
  const queue = document.getElementById("queue");

  function say(text) {
    flash.textContent = text;
    flash.hidden = !text;
  }

  document.body.addEventListener("htmx:responseError", function (event) {
    let text = event.detail.xhr.responseText;
    try {
      text = JSON.parse(text).error;
    } catch (_) {
      // not JSON: show it as it is
    }
    say(text || "bobby serve answered " + event.detail.xhr.status);
  });
  document.body.addEventListener("htmx:sendError", function () {
    say("bobby serve does not answer");
  });
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) say("");
  });

  // A card from the server: a new one goes on top of the queue, a changed one replaces
  // the card with its id (if this page shows it).
  function place(html, isNew) {
    const box = document.createElement("div");
    box.innerHTML = html.trim();
    const card = box.firstElementChild;
    const old = document.getElementById(card.id);
    if (old) {
      old.replaceWith(card);
    } else if (isNew) {
      queue.prepend(card);
      const empty = document.getElementById("queue-empty");
      if (empty) empty.remove();
    } else {
      return;
    }
    htmx.process(card);
  }

  const events = new EventSource("/review/events");
  events.addEventListener("candidate", function (event) { place(event.data, true); });
  events.addEventListener("changed", function (event) { place(event.data, false); });
  events.addEventListener("generating", function (event) {
    document.getElementById("generating").innerHTML = event.data;
  });
})();
