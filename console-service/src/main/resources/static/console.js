// The console's only script of its own: live countdowns to each deadline, and the CSRF header on
// every htmx request (the token is in the page's meta tag; plain forms carry it as a hidden field).
(function () {
  'use strict';

  function two(n) { return n < 10 ? '0' + n : String(n); }

  function remaining(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + 'h ' : '') + two(m) + 'm ' + two(s % 60) + 's';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('time.countdown[datetime]').forEach(function (t) {
      var due = Date.parse(t.getAttribute('datetime'));
      if (isNaN(due)) { return; }
      var ms = due - now;
      t.textContent = ms >= 0 ? 'in ' + remaining(ms) : 'overdue by ' + remaining(ms);
      t.classList.toggle('overdue', ms < 0);
    });
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // A page's live stream (queue, case): say whether it is connected (and let tests wait for it);
  // connected, the section's data-live-text says what follows live.
  function live(state, text) {
    return function (event) {
      var section = event.target.closest ? event.target.closest('[sse-connect]') : null;
      if (!section) { return; }
      section.setAttribute('data-live', state);
      var label = section.querySelector('.live-status');
      if (label) { label.textContent = text || section.getAttribute('data-live-text') || 'Live.'; }
    };
  }
  document.addEventListener('htmx:sseOpen', live('open'));
  document.addEventListener('htmx:sseError', live('reconnecting', 'Live updates interrupted; reconnecting…'));
  document.addEventListener('htmx:afterSwap', tick);
  document.addEventListener('DOMContentLoaded', tick);
  setInterval(tick, 1000);
}());
