// The tracking page: renders the ticket's state from the boot data, then
// polls its state URL every refreshSec seconds (no reload) until the ticket
// is over and rated; offers the rating (once) after the service.
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('boot').textContent);
  var t = boot.texts;
  var rating = null; // null, 'thanks' or 'done'
  var current = boot.state;
  var OVER = ['done', 'noShow', 'cancelled', 'reset'];

  function el(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return values[k] !== undefined ? values[k] : m;
    });
  }
  function minutes(sec) {
    return sec < 60 ? t.underMinute : fmt(t.minutes, { n: Math.round(sec / 60) });
  }
  function show(id, on) { el(id).hidden = !on; }

  function render(s) {
    current = s;
    document.body.setAttribute('data-state', s.state);
    el('number').textContent = s.number;
    el('service').textContent = s.service;
    el('state').textContent = t['state.' + s.state] || s.state;
    var waiting = s.state === 'waiting';
    show('row-ahead', waiting);
    show('row-wait', waiting);
    if (waiting) {
      el('ahead').textContent = fmt(t.aheadValue, { n: s.ahead });
      el('wait').textContent = minutes(s.etaSec);
    }
    show('row-counter', !!s.counter);
    el('counter').textContent = s.counter || '';
    show('call', s.state === 'called' && !!s.counter);
    el('call').textContent = fmt(t.goTo, { counter: s.counter || '' });
    show('rate', s.canRate && rating === null);
    var note = rating === 'thanks' ? t.rateThanks : (s.rated ? t.rateDone : '');
    el('rated').textContent = note;
    show('rated', note !== '');
    show('live', OVER.indexOf(s.state) < 0);
  }

  function schedule(s) {
    if (s && OVER.indexOf(s.state) >= 0 && !s.canRate) return;
    window.setTimeout(poll, boot.refreshSec * 1000);
  }

  function poll() {
    fetch(boot.stateUrl, { cache: 'no-store', credentials: 'omit' })
      .then(function (r) {
        if (r.status === 404) { window.location.reload(); return null; }
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (s) {
        if (!s) return;
        show('offline', false);
        render(s);
        schedule(s);
      })
      .catch(function () { show('offline', true); schedule(null); });
  }

  function rate(n) {
    fetch(boot.rateUrl, {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rating: n })
    }).then(function (r) {
      rating = r.ok ? 'thanks' : 'done';
      current.canRate = false;
      current.rated = true;
      render(current);
    }).catch(function () { show('offline', true); });
  }

  function setUp() {
    var nodes = document.querySelectorAll('[data-text]');
    for (var i = 0; i < nodes.length; i++)
      nodes[i].textContent = t[nodes[i].getAttribute('data-text')] || '';
    for (var n = 1; n <= 5; n++) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = '\u2605';
      b.setAttribute('aria-label', fmt(t.rateStar, { n: n }));
      b.addEventListener('click', rate.bind(null, n));
      el('stars').appendChild(b);
    }
  }

  setUp();
  render(boot.state);
  schedule(boot.state);
})();
