// The entity form (issue 13): the region is derived from the USCC (positions 3–8, the registering authority's
// GB/T 2260 code). When the code names a known region it is filled in, shown with its parent (长治市 城区) and not
// editable; otherwise the field stays open. The server derives the same when the field is left empty.
(function () {
  'use strict';
  function json(url) {
    return fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; });
  }
  function derive() {
    var uscc = document.getElementById('uscc');
    var region = document.getElementById('regionCode');
    var note = document.getElementById('region-derived');
    if (!uscc || !region || !note) {
      return;
    }
    var code = uscc.value.trim().toUpperCase();
    var part = code.length === 18 ? code.substring(2, 8) : '';
    if (!/^\d{6}$/.test(part)) {
      if (region.readOnly) {
        region.readOnly = false;
      }
      note.textContent = '';
      return;
    }
    json('/api/v1/regions/' + part).then(function (r) {
      if (!r || r.validTo) {
        region.readOnly = false;
        note.classList.replace('text-success', 'text-warning');
        note.textContent = note.getAttribute('data-unknown').replace('{0}', part);
        return;
      }
      var show = function (parentName) {
        region.value = r.code;
        region.readOnly = true;
        note.classList.replace('text-warning', 'text-success');
        note.textContent = note.getAttribute('data-derived').replace('{0}', r.code)
          .replace('{1}', (parentName ? parentName + ' ' : '') + r.name);
      };
      if (r.parentCode) {
        json('/api/v1/regions/' + r.parentCode).then(function (p) { show(p ? p.name : ''); }, function () { show(''); });
      } else {
        show('');
      }
    }, function () { region.readOnly = false; });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var uscc = document.getElementById('uscc');
    if (uscc) {
      uscc.addEventListener('input', derive);
      // an entity being corrected keeps its stored region until its code is changed
      var region = document.getElementById('regionCode');
      if (region && region.value.trim() === '') {
        derive();
      }
    }
  });
})();
