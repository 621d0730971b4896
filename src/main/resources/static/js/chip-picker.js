// Pickers that choose several (issue 13): 承办人 on the case forms, cooperating units on the task form. A search
// input with data-chips="ID of a <ul>" is a pickers.js combobox; each choice becomes a chip in that list carrying a
// hidden input (name from the list's data-chip-name, id = data-chip-prefix + the choice's id), and the input
// empties for the next one. Those chosen are not offered again; a chip's × removes it. No inline script or style.
(function () {
  'use strict';

  function chip(list, id, name) {
    var li = document.createElement('li');
    li.className = 'picker-chip badge rounded-pill text-bg-light border';
    li.id = list.getAttribute('data-chip-prefix') + id;
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = list.getAttribute('data-chip-name');
    hidden.value = id;
    var label = document.createElement('span');
    label.className = 'picker-chip-name';
    label.textContent = name;
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close picker-chip-remove';
    remove.setAttribute('aria-label', (list.getAttribute('data-remove-label') || '{0}').replace('{0}', name));
    li.appendChild(hidden);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(label);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(remove);
    list.appendChild(li);
  }

  function setup(input) {
    var list = document.getElementById(input.getAttribute('data-chips'));
    if (!list || input.getAttribute('data-chips-ready')) {
      return;
    }
    input.setAttribute('data-chips-ready', 'true');
    var prefix = list.getAttribute('data-chip-prefix');
    input.pickerFilter = function (o) { // pickers.js: offer only those not chosen yet
      return !document.getElementById(prefix + o.id);
    };
    input.addEventListener('picker:chosen', function (event) {
      var o = event.detail;
      if (!document.getElementById(prefix + o.id)) {
        chip(list, o.id, o.label);
      }
      input.value = '';
      input.classList.remove('is-invalid');
    });
    list.addEventListener('click', function (event) {
      var button = event.target.closest('.picker-chip-remove');
      if (button) {
        button.closest('.picker-chip').remove();
        input.focus();
      }
    });
  }

  function init() {
    document.querySelectorAll('input[data-chips]').forEach(setup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
