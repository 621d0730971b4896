// Search-as-you-type pickers (issue 13). An <input data-picker="entity" data-picker-url="/api/v1/pickers/entities"
// data-picker-target="ID-of-hidden-field"> becomes a combobox: typing asks the URL (?q=…&limit=10, the server
// searches within the user's data scope), the list is chosen with the mouse or the keyboard (↑ ↓ Enter Esc), and
// the choice's id goes into the hidden field. Without JavaScript the input is a plain field the server resolves
// and validates. No inline script or style (strict CSP): the list's look is in shuangda.css (.picker-…).
(function () {
  'use strict';
  var counter = 0;

  function setup(input) {
    if (input.getAttribute('data-picker-ready')) {
      return;
    }
    input.setAttribute('data-picker-ready', 'true');
    var hidden = document.getElementById(input.getAttribute('data-picker-target'));
    var url = input.getAttribute('data-picker-url');
    var listId = (input.id || 'picker-' + (++counter)) + '-options';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'picker-list d-none';
    list.setAttribute('role', 'listbox');
    var detail = document.createElement('div');
    detail.className = 'picker-detail form-text';
    input.parentNode.classList.add('picker-wrap');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', detail);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.classList.add('d-none');
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(i) {
      var items = list.querySelectorAll('[role=option]');
      items.forEach(function (li, n) {
        li.classList.toggle('active', n === i);
        li.setAttribute('aria-selected', n === i ? 'true' : 'false');
      });
      active = i;
      if (i >= 0 && items[i]) {
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({block: 'nearest'});
      }
    }

    function choose(i) {
      var o = options[i];
      if (!o) {
        return;
      }
      input.value = o.label;
      if (hidden) {
        hidden.value = o.id;
        hidden.dispatchEvent(new Event('change', {bubbles: true}));
      }
      detail.textContent = o.detail || '';
      input.classList.remove('is-invalid');
      close();
      input.dispatchEvent(new CustomEvent('picker:chosen', {bubbles: true, detail: o}));
    }

    function render(found) {
      if (typeof input.pickerFilter === 'function') { // e.g. the officer picker leaves out those already chosen
        found = found.filter(input.pickerFilter);
      }
      options = found;
      list.textContent = '';
      if (found.length === 0) {
        var none = document.createElement('li');
        none.className = 'picker-none';
        none.textContent = input.getAttribute('data-picker-empty') || '—';
        list.appendChild(none);
      }
      found.forEach(function (o, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'picker-option';
        var label = document.createElement('span');
        label.className = 'picker-label';
        label.textContent = o.label;
        li.appendChild(label);
        if (o.detail) {
          var small = document.createElement('small');
          small.className = 'picker-option-detail';
          small.textContent = o.detail;
          li.appendChild(small);
        }
        li.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the input
          choose(i);
        });
        list.appendChild(li);
      });
      list.classList.remove('d-none');
      input.setAttribute('aria-expanded', 'true');
      highlight(found.length > 0 ? 0 : -1);
    }

    function ask() {
      var mine = ++asked;
      var sep = url.indexOf('?') < 0 ? '?' : '&';
      fetch(url + sep + 'q=' + encodeURIComponent(input.value.trim()) + '&limit=10',
          {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) {
          if (mine === asked) {
            render(found);
          }
        })
        .catch(function () { /* the plain field still works: the server resolves the text */ });
    }

    input.addEventListener('input', function () {
      if (hidden) {
        hidden.value = '';
      }
      detail.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    input.addEventListener('focus', function () {
      if (!hidden || !hidden.value) {
        clearTimeout(timer);
        timer = setTimeout(ask, 50);
      }
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.classList.contains('d-none');
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!open) {
          ask();
        } else {
          highlight(Math.min(active + 1, options.length - 1));
        }
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault(); // choose, do not submit the form
        choose(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  function init(root) {
    (root || document).querySelectorAll('input[data-picker]').forEach(setup);
  }

  window.shuangdaPickers = {init: init};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
})();
