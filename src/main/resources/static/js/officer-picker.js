// The officer picker for 承办人 (issue 13): the search input #officer-search is a pickers.js combobox over
// /api/v1/pickers/officers?unit=… (the unit's enforcement officers only, by name and unit); a choice becomes a
// chip in #officer-chips carrying a hidden officerIds, and the input empties for the next name. A chip's × removes
// it. No inline script or style (strict CSP).
(function () {
  'use strict';

  function chip(list, id, name) {
    var li = document.createElement('li');
    li.className = 'officer-chip badge rounded-pill text-bg-light border';
    li.id = 'officer-' + id;
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'officerIds';
    hidden.value = id;
    var label = document.createElement('span');
    label.className = 'officer-chip-name';
    label.textContent = name;
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close officer-chip-remove';
    remove.setAttribute('aria-label', (list.getAttribute('data-remove-label') || '{0}').replace('{0}', name));
    li.appendChild(hidden);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(label);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(remove);
    list.appendChild(li);
  }

  function init() {
    var input = document.getElementById('officer-search');
    var list = document.getElementById('officer-chips');
    if (!input || !list) {
      return;
    }
    input.pickerFilter = function (o) { // pickers.js: offer only those not chosen yet
      return !document.getElementById('officer-' + o.id);
    };
    input.addEventListener('picker:chosen', function (event) {
      var o = event.detail;
      if (!document.getElementById('officer-' + o.id)) {
        chip(list, o.id, o.label);
      }
      input.value = '';
      input.classList.remove('is-invalid');
    });
    list.addEventListener('click', function (event) {
      var button = event.target.closest('.officer-chip-remove');
      if (button) {
        button.closest('.officer-chip').remove();
        input.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
