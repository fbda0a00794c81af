/*
 * Enhancement only: search suggestions while typing (ARIA 1.2 combobox with a listbox). Without this
 * script the search box is a plain form that works the same way.
 */
(function () {
  'use strict';
  if (!window.fetch || !document.querySelector) return;

  var DELAY = 150;
  var counter = 0;

  function region() {
    var m = /[?&]region=(\d{6})/.exec(window.location.search);
    return m ? m[1] : '';
  }

  function entriesOf(data) {
    var list = Array.isArray(data) ? data : (data && (data.items || data.suggestions)) || [];
    return list.slice(0, 8).map(function (e) {
      return typeof e === 'string' ? { text: e } : { code: e.code, text: e.name || e.text || '', html: e.nameHtml || e.html, unit: e.unitName };
    });
  }

  /** The text as text nodes, with each occurrence of the typed words in <mark>. */
  function markInto(el, text, typed) {
    var at = typed ? text.indexOf(typed) : -1;
    if (at < 0) {
      el.textContent = text;
      return;
    }
    el.appendChild(document.createTextNode(text.slice(0, at)));
    var mark = document.createElement('mark');
    mark.textContent = typed;
    el.appendChild(mark);
    el.appendChild(document.createTextNode(text.slice(at + typed.length)));
  }

  function enhance(input) {
    var form = input.form;
    var row = input.parentNode;
    var id = 'suggest-' + ++counter;
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'suggest';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', '搜索建议');
    list.hidden = true;
    row.appendChild(list);
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    row.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    var timer = 0;
    var controller = null;
    var entries = [];
    var active = -1;
    var lastQuery = '';

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      entries = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(i) {
      active = i;
      var options = list.children;
      for (var k = 0; k < options.length; k++) options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      if (i >= 0) input.setAttribute('aria-activedescendant', id + '-' + i);
      else input.removeAttribute('aria-activedescendant');
    }

    function choose(i) {
      var e = entries[i];
      if (!e) return;
      if (e.code) {
        var r = region();
        window.location.href = '/items/' + encodeURIComponent(e.code) + (r ? '?region=' + r : '');
      } else {
        input.value = e.text;
        close();
        form.submit();
      }
    }

    function render(items) {
      entries = items;
      list.innerHTML = '';
      items.forEach(function (e, i) {
        var li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        // nameHtml is escaped by the server with <mark> around the matched words.
        if (e.html) name.innerHTML = e.html;
        else markInto(name, e.text, input.value.trim());
        li.appendChild(name);
        if (e.unit) {
          var unit = document.createElement('span');
          unit.className = 's-unit';
          unit.textContent = e.unit;
          li.appendChild(unit);
        }
        li.addEventListener('mousedown', function (ev) {
          ev.preventDefault();
          choose(i);
        });
        list.appendChild(li);
      });
      active = -1;
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length > 0 ? 'true' : 'false');
      status.textContent = items.length > 0 ? '有' + items.length + '条搜索建议，按上下方向键选择' : '';
    }

    function load() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (controller) controller.abort();
      if (!q) return close();
      controller = window.AbortController ? new window.AbortController() : null;
      var r = region();
      var url = '/api/v1/search/suggest?q=' + encodeURIComponent(q) + (r ? '&region=' + r : '');
      fetch(url, { headers: { accept: 'application/json' }, signal: controller ? controller.signal : undefined, credentials: 'same-origin' })
        .then(function (res) {
          return res.ok ? res.json() : [];
        })
        .then(function (data) {
          if (input.value.trim() === q) render(entriesOf(data));
        })
        .catch(function () {});
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(load, DELAY);
    });
    input.addEventListener('keydown', function (ev) {
      if (list.hidden) return;
      if (ev.key === 'ArrowDown') {
        ev.preventDefault();
        highlight(active + 1 >= entries.length ? 0 : active + 1);
      } else if (ev.key === 'ArrowUp') {
        ev.preventDefault();
        highlight(active <= 0 ? entries.length - 1 : active - 1);
      } else if (ev.key === 'Enter' && active >= 0) {
        ev.preventDefault();
        choose(active);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 150);
      lastQuery = '';
    });
  }

  var inputs = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < inputs.length; i++) enhance(inputs[i]);
})();
