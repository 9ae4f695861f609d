// The booking page: service, date and free slot, name and phone; the code
// with its QR; cancel by code and phone. A call-centre agent may type a
// booking key (kept in sessionStorage, sent as a Bearer key) — the page
// itself carries no key.
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('boot').textContent);
  var t = boot.texts;
  var services = {};
  var chosen = null; // the chosen slot {start, time}
  var KEY = 'novbe-agent-key';

  function el(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return values[k] !== undefined ? values[k] : m;
    });
  }
  // "2026-03-10" as the page's language writes it ("10 mart 2026"): the
  // month names come with the texts (browsers' locale data may lack az).
  function localDate(iso) {
    var p = iso.split('-');
    var months = String(t.months).split(',');
    if (p.length !== 3 || months.length !== 12) return iso;
    return fmt(t.dateFormat, { d: +p[2], month: months[+p[1] - 1], y: p[0] });
  }
  function agentKey() {
    try { return window.sessionStorage.getItem(KEY) || ''; } catch (e) { return ''; }
  }
  function headers(json) {
    var h = {};
    if (json) h['Content-Type'] = 'application/json';
    if (agentKey()) h.Authorization = 'Bearer ' + agentKey();
    return h;
  }
  function request(method, url, body) {
    return fetch(url, {
      method: method, cache: 'no-store', credentials: 'omit',
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (r.ok) return data;
        var reason = data && data.error ? data.error.reason : '';
        throw new Error(reason || 'generic');
      });
    });
  }
  function showError(id, reason) {
    el(id).textContent = t['err.' + reason] || t['err.generic'];
    el(id).hidden = false;
  }

  function renderSlots(slots) {
    var box = el('slots');
    box.textContent = '';
    chosen = null;
    var any = false;
    slots.forEach(function (s) {
      if (s.free <= 0) return;
      any = true;
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', 'false');
      b.setAttribute('data-start', s.start);
      b.textContent = s.time;
      var small = document.createElement('small');
      small.textContent = fmt(t.free, { n: s.free });
      b.appendChild(small);
      b.addEventListener('click', function () {
        var all = box.querySelectorAll('button');
        for (var i = 0; i < all.length; i++) all[i].setAttribute('aria-checked', 'false');
        b.setAttribute('aria-checked', 'true');
        chosen = s;
      });
      box.appendChild(b);
    });
    el('no-slots').hidden = any || !el('service').value;
  }

  function loadSlots() {
    var service = el('service').value;
    var s = services[service];
    if (s) el('date').max = s.lastDay;
    if (!service || !el('date').value) { renderSlots([]); return; }
    request('GET', '/book/slots?service=' + encodeURIComponent(service) +
            '&date=' + encodeURIComponent(el('date').value))
      .then(function (data) { renderSlots(data.slots); })
      .catch(function (e) { renderSlots([]); showError('book-error', e.message); });
  }

  function loadServices() {
    request('GET', boot.servicesUrl).then(function (data) {
      var select = el('service');
      var pick = document.createElement('option');
      pick.value = '';
      pick.textContent = t.pickService;
      select.appendChild(pick);
      data.services.forEach(function (s) {
        services[s.id] = s;
        var o = document.createElement('option');
        o.value = s.id;
        o.textContent = s.name;
        select.appendChild(o);
      });
      el('date').min = data.today;
      el('date').value = data.today;
      loadSlots();
    }).catch(function (e) { showError('book-error', e.message); });
  }

  function booked(a) {
    var s = services[a.service] || { earlyMin: 30, lateMin: 10 };
    el('code').textContent = a.code;
    el('qr').src = '/book/qr.svg?code=' + encodeURIComponent(a.code);
    el('qr').alt = a.code;
    el('when').textContent = s.name + ' \u00b7 ' +
      fmt(t.when, { date: localDate(el('date').value), time: chosen ? chosen.time : '' });
    el('code-hint').textContent = fmt(t.codeHint, { early: s.earlyMin, late: s.lateMin });
    el('book-form').hidden = true;
    el('done').hidden = false;
  }

  function submitBooking(ev) {
    ev.preventDefault();
    el('book-error').hidden = true;
    var name = el('name').value.trim();
    var phone = el('phone').value.trim();
    if (!chosen || !name || !phone) {
      el('book-error').textContent = t.required;
      el('book-error').hidden = false;
      return;
    }
    el('book-button').disabled = true;
    request('POST', '/book/appointments', {
      service: el('service').value, start: chosen.start,
      citizen: { name: name, phone: phone }, lang: boot.lang
    }).then(booked).catch(function (e) {
      showError('book-error', e.message);
      if (e.message === 'LIMIT_REACHED') loadSlots();
    }).then(function () { el('book-button').disabled = false; });
  }

  function submitCancel(ev) {
    ev.preventDefault();
    el('cancel-error').hidden = true;
    el('cancel-ok').hidden = true;
    request('POST', '/book/cancel', {
      code: el('cancel-code').value.trim(), phone: el('cancel-phone').value.trim()
    }).then(function () {
      el('cancel-ok').hidden = false;
      loadSlots();
    }).catch(function (e) { showError('cancel-error', e.message); });
  }

  function setUp() {
    var nodes = document.querySelectorAll('[data-text]');
    for (var i = 0; i < nodes.length; i++)
      nodes[i].textContent = t[nodes[i].getAttribute('data-text')] || '';
    el('service').addEventListener('change', loadSlots);
    el('date').addEventListener('change', loadSlots);
    el('book-form').addEventListener('submit', submitBooking);
    el('cancel-form').addEventListener('submit', submitCancel);
    el('again').addEventListener('click', function () {
      el('done').hidden = true;
      el('book-form').hidden = false;
      el('name').value = '';
      el('phone').value = '';
      loadSlots();
    });
    el('agent-key').value = agentKey();
    el('agent-on').hidden = !agentKey();
    el('agent-key').addEventListener('change', function () {
      try { window.sessionStorage.setItem(KEY, el('agent-key').value.trim()); } catch (e) { }
      el('agent-on').hidden = !agentKey();
    });
  }

  setUp();
  loadServices();
})();
