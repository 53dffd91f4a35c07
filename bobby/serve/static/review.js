// The review page's only script of its own: the live event stream (new candidates, decisions
// made in another tab, the generation's progress), decided cards leaving the queue (for the
// scheduled list and the history, refreshed), the order of the queue, Undo of the last
// decision, un-approving a scheduled post, keyboard shortcuts, and errors in one line.
// htmx does the rest.
(function () {
  "use strict";
  const flash = document.getElementById("flash");
  const queue = document.getElementById("queue");
  const scheduled = document.getElementById("scheduled");
  const token = JSON.parse(document.body.getAttribute("hx-headers"))["X-Bobby-Token"];

  function say(text) {
    flash.textContent = text;
    flash.hidden = !text;
  }

  // A refusal's one line: the JSON error of the answer, or the answer as it is.
  function refusal(text, status) {
    try {
      text = JSON.parse(text).error;
    } catch (_) {
      // not JSON: show it as it is
    }
    return text || "bobby serve answered " + status;
  }

  document.body.addEventListener("htmx:responseError", function (event) {
    say(refusal(event.detail.xhr.responseText, event.detail.xhr.status));
  });
  document.body.addEventListener("htmx:sendError", function () {
    say("bobby serve does not answer");
  });
  // A person's next action clears the line; a refresh in the background does not.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful && event.detail.requestConfig.verb === "post") say("");
  });

  // The order of "Waiting for you", this browser's choice (localStorage): newest first, as
  // the server sends it, or best score first: the style score (how much a candidate reads
  // like the person; none counts lowest), then the gate (passed first), then newest.
  const sort = document.getElementById("sort");
  const SORT_KEY = "bobby.review.sort";
  function newer(a, b) {
    return b.dataset.queued.localeCompare(a.dataset.queued) || b.dataset.id - a.dataset.id;
  }
  function style(card) {
    return card.dataset.style === "" ? -1 : Number(card.dataset.style);
  }
  const ORDERS = {
    time: newer,
    score: function (a, b) {
      return style(b) - style(a) || b.dataset.passed - a.dataset.passed || newer(a, b);
    },
  };
  function shown() {
    return Array.from(queue.querySelectorAll(":scope > .card"));
  }
  function arrange() {
    queue.prepend(...shown().sort(ORDERS[sort.value])); // the "older candidates" note stays last
  }
  function insert(card) {
    const next = shown().find(function (other) { return ORDERS[sort.value](card, other) < 0; });
    const note = queue.querySelector(":scope > p.empty");
    queue.insertBefore(card, next || note);
    if (note && note.id === "queue-empty") note.remove();
  }
  if (ORDERS[localStorage.getItem(SORT_KEY)]) sort.value = localStorage.getItem(SORT_KEY);
  arrange();
  sort.addEventListener("change", function () {
    localStorage.setItem(SORT_KEY, sort.value);
    arrange();
  });

  // A card from the server replaces the card with its id, unless this page waits for the
  // answer to one of its buttons (which is swapped in then); one that waits for a person
  // and is not on this page (new, un-approved, brought back) joins the queue in its place.
  function place(html) {
    const box = document.createElement("div");
    box.innerHTML = html.trim();
    const card = box.firstElementChild;
    const old = document.getElementById(card.id);
    if (old && old.querySelector("button.htmx-request")) {
      return;
    } else if (old) {
      old.replaceWith(card);
    } else if (card.classList.contains("open")) {
      insert(card);
    } else {
      return;
    }
    htmx.process(card);
    arrived(card);
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
    htmx.trigger(scheduled, "refresh");
    if (document.querySelector("#history table[data-page='0']")) htmx.trigger("#history", "refresh");
  }

  // Undo: the last Approve, Reject or Reject all of this page can be taken back for a few
  // seconds (the toast's button, or u): an approved post is un-approved, a rejected
  // candidate comes back, each waiting for a person again (the server records it as a
  // decision of its own, and refuses if the post went out meanwhile).
  const UNDO_MS = 8000;
  const toast = document.getElementById("toast");
  let last = null; // {verb: "approved" or "rejected", ids: [...], expected: how many}
  let hiding = null;
  function offer(verb, id, expected) {
    if (!last || last.verb !== verb || last.ids.length >= last.expected) {
      last = { verb: verb, ids: [], expected: expected || 1 };
    }
    if (id === undefined || last.ids.includes(id)) return;
    last.ids.push(id);
    const what = last.ids.length > 1 ? last.ids.length + " candidates" : "#" + id;
    document.getElementById("toast-text").textContent =
      (verb === "approved" ? "Approved " : "Rejected ") + what + ".";
    toast.hidden = false;
    clearTimeout(hiding);
    hiding = setTimeout(forget, UNDO_MS);
  }
  function forget() {
    last = null;
    toast.hidden = true;
  }
  async function undo() {
    const taken = last;
    forget();
    for (const id of taken.ids) await takeBack(id, taken.verb === "approved" ? "unapprove" : "unreject");
  }
  document.getElementById("undo").addEventListener("click", function () {
    if (last) undo();
  });

  // Take a decision back (Undo, or a scheduled post's Un-approve): the card comes back to
  // "Waiting for you"; a refusal (it went out meanwhile) is said in one line.
  async function takeBack(id, action) {
    let answer;
    try {
      answer = await fetch("/review/" + id + "/" + action, {
        method: "POST",
        headers: { "X-Bobby-Token": token },
      });
    } catch (_) {
      say("bobby serve does not answer");
      return;
    }
    const text = await answer.text();
    if (answer.ok) {
      say("");
      place(text);
    } else {
      say(refusal(text, answer.status));
      settle();
    }
  }
  scheduled.addEventListener("click", function (event) {
    const button = event.target.closest("[data-take-back]");
    if (!button) return;
    button.disabled = true;
    takeBack(button.dataset.id, button.dataset.takeBack);
  });

  // An Approve or Reject of this page is offered for Undo once its card comes back
  // decided so: by the server's answer or by the event stream, whichever comes first
  // (each may replace the card the other brought).
  const asked = new Map(); // card id -> "approved" or "rejected"
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    const path = event.detail.pathInfo.requestPath.match(/^\/review\/(\d+)\/(approve|reject)$/);
    if (path) asked.set(path[1], path[2] === "approve" ? "approved" : "rejected");
  });
  function arrived(card) {
    const verb = asked.get(card.dataset.id);
    if (!verb) return;
    if (card.classList.contains(verb)) offer(verb, card.dataset.id);
    if (!card.classList.contains("open") || card.querySelector(".refused")) {
      asked.delete(card.dataset.id); // decided (this way or another), or refused
    }
  }

  // A card's answer (after the settle: until then htmx keeps the old card's classes on
  // the new one). The Scheduled list, swapped in again, keeps the keyboard on the same
  // button of the same post (or its other one, where that one is disabled now), once
  // the new buttons work.
  let focused = null;
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    const active = document.activeElement;
    if (event.detail.target === scheduled && scheduled.contains(active)) {
      focused = "#" + active.closest(".card").id + " button." + active.classList[0];
    }
  });
  document.body.addEventListener("htmx:afterSettle", function (event) {
    const target = event.detail.target;
    if (target.id.startsWith("c-")) {
      const card = document.getElementById(target.id);
      if (card) arrived(card);
      settle();
    } else if (target === scheduled && focused) {
      const again = scheduled.querySelector(focused);
      const buttons = again && again.closest(".actions").querySelector("button:enabled");
      const next = again && !again.disabled ? again : buttons;
      if (next) next.focus();
      focused = null;
    }
  });

  const events = new EventSource("/review/events");
  events.addEventListener("candidate", function (event) { place(event.data); });
  events.addEventListener("changed", function (event) { place(event.data); });
  events.addEventListener("generating", function (event) {
    document.getElementById("generating").innerHTML = event.data;
  });

  // Reject every card waiting, once the person confirms how many: each as its own Reject
  // button would (the server takes each decision once, whatever another tab does); one
  // Undo brings them all back.
  document.getElementById("reject-all").addEventListener("click", function () {
    const all = cards();
    if (!all.length || !window.confirm("Reject all " + all.length + " candidates waiting?")) return;
    offer("rejected", undefined, all.length);
    for (const card of all) card.querySelector("button.reject").click();
  });

  // Keys: j/k the next/previous open card, e edit its text, a approve, r reject, u undo,
  // Esc back.
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
    } else if (event.key === "u" && last) {
      undo();
    } else {
      return;
    }
    event.preventDefault();
  });
})();
