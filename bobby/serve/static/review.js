// The review page's only script of its own: the live event stream (new candidates, decisions
// made in another tab, the generation's progress), decided cards leaving the queue (for the
// scheduled list and the history, refreshed), keyboard shortcuts, and errors in one line.
// htmx does the rest.
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
    settle();
  }

  // A decided card shows its decision for a moment, then leaves "Waiting for you"; what
  // was approved shows under "Scheduled", every decision in the history (its first page).
  const LEAVE_MS = 3000;
  function settle() {
    for (const card of queue.querySelectorAll(".card:not(.open)")) {
      if (card.dataset.leaving) continue;
      card.dataset.leaving = "1";
      setTimeout(function () {
        card.remove();
        if (!queue.querySelector(".card")) {
          queue.innerHTML = '<p id="queue-empty" class="empty">Nothing waits for review.</p>';
        }
      }, LEAVE_MS);
    }
    htmx.trigger("#scheduled", "refresh");
    if (document.querySelector("#history table[data-page='0']")) htmx.trigger("#history", "refresh");
  }
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id.startsWith("c-")) settle(); // a card's answer, not a refresh
  });

  const events = new EventSource("/review/events");
  events.addEventListener("candidate", function (event) { place(event.data, true); });
  events.addEventListener("changed", function (event) { place(event.data, false); });
  events.addEventListener("generating", function (event) {
    document.getElementById("generating").innerHTML = event.data;
  });

  // Reject every card waiting, once the person confirms how many: each as its own Reject
  // button would (the server takes each decision once, whatever another tab does).
  document.getElementById("reject-all").addEventListener("click", function () {
    const all = cards();
    if (!all.length || !window.confirm("Reject all " + all.length + " candidates waiting?")) return;
    for (const card of all) card.querySelector("button.reject").click();
  });

  // Keys: j/k the next/previous open card, e edit its text, a approve, r reject, Esc back.
  function cards() {
    return Array.from(queue.querySelectorAll(".card.open:not([data-leaving])"));
  }
  function marked() {
    return cards().find(function (card) { return card.classList.contains("current"); });
  }
  function current() {
    return marked() || cards()[0];
  }
  function choose(card) {
    for (const other of queue.querySelectorAll(".card.current")) other.classList.remove("current");
    if (!card) return;
    card.classList.add("current");
    card.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    const typing = event.target.closest("input, textarea, select");
    if (event.key === "Escape" && typing) {
      typing.blur();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const all = cards();
    const card = current();
    const press = function (selector) {
      const button = card && card.querySelector(selector);
      if (button) button.click();
    };
    if (event.key === "j" || event.key === "k") {
      const step = event.key === "j" ? 1 : -1;
      const at = marked() ? all.indexOf(card) + step : 0;
      choose(all[Math.min(Math.max(at, 0), all.length - 1)]);
    } else if (event.key === "e" && card) {
      choose(card);
      card.querySelector("textarea").focus();
    } else if (event.key === "a") {
      press("button.approve");
    } else if (event.key === "r") {
      press("button.reject");
    } else {
      return;
    }
    event.preventDefault();
  });
})();
