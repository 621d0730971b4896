// The cascading 省/市/县 region picker (issue 13; markup in templates/fragments/region-picker.html). A
// <fieldset class="region-picker" data-region-url data-region-root data-region-field> holds a hidden input with the
// chosen code; this script puts one <select> per level below the root (GET url?parent=CODE answers the current
// divisions by name), preselects the chain of the code already chosen (GET url/CODE/chain), and writes the code of
// the deepest level chosen into the hidden input (请选择 at a level falls back to the level above; at the first
// level to nothing). No inline script or style (strict CSP); the look is in shuangda.css (.region-picker-…).
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      });
  }

  function setup(box) {
    if (box.getAttribute('data-region-ready')) {
      return;
    }
    box.setAttribute('data-region-ready', 'loading');
    var url = box.getAttribute('data-region-url');
    var root = box.getAttribute('data-region-root') || '';
    var field = box.getAttribute('data-region-field');
    var hidden = document.getElementById(field);
    var levels = box.querySelector('.region-picker-levels');
    var chosenLine = box.querySelector('.region-picker-chosen');
    var invalid = box.classList.contains('is-invalid');
    var rootCode = root; // the code "nothing chosen below the root" stands for: none

    function childrenUrl(parent) {
      return parent ? url + '?parent=' + encodeURIComponent(parent) : url;
    }

    function selects() {
      return Array.prototype.slice.call(levels.querySelectorAll('select'));
    }

    function describe() {
      var names = [];
      selects().forEach(function (s) {
        var o = s.options[s.selectedIndex];
        if (o && o.value) {
          names.push(o.getAttribute('data-name') || o.textContent);
        }
      });
      chosenLine.textContent = names.length === 0 ? box.getAttribute('data-region-none')
        : box.getAttribute('data-region-chosen').replace('{0}', names.join(' '));
    }

    function write() {
      var code = '';
      selects().forEach(function (s) {
        if (s.value) {
          code = s.value;
        }
      });
      if (hidden.value !== code) {
        hidden.value = code;
        hidden.dispatchEvent(new Event('change', {bubbles: true}));
      }
      describe();
    }

    function removeBelow(select) {
      var all = selects();
      for (var i = all.indexOf(select) + 1; i < all.length; i++) {
        all[i].remove();
      }
    }

    // adds the list of the divisions below parent (resolves with the new select, or null when there are none)
    function addLevel(parent, preselect) {
      return getJson(childrenUrl(parent)).then(function (found) {
        if (found.length === 0) {
          return null;
        }
        var level = (found[0].level || 'county').toLowerCase();
        var select = document.createElement('select');
        select.className = 'form-select' + (invalid ? ' is-invalid' : '');
        select.id = field + '-' + level;
        select.setAttribute('data-level', level);
        select.setAttribute('aria-label', box.getAttribute('data-level-' + level) || level);
        var blank = document.createElement('option');
        blank.value = '';
        blank.textContent = box.getAttribute('data-region-blank') || '';
        select.appendChild(blank);
        found.forEach(function (r) {
          var o = document.createElement('option');
          o.value = r.code;
          o.textContent = r.label || r.name;
          o.setAttribute('data-name', r.name);
          o.setAttribute('data-has-children', r.hasChildren ? 'true' : 'false');
          select.appendChild(o);
        });
        if (preselect) {
          select.value = preselect.code;
          if (select.value !== preselect.code) { // a retired code chosen earlier: kept, not silently replaced
            var kept = document.createElement('option');
            kept.value = preselect.code;
            kept.textContent = preselect.name;
            kept.setAttribute('data-name', preselect.name);
            kept.setAttribute('data-has-children', 'false');
            select.appendChild(kept);
            select.value = preselect.code;
          }
        }
        select.addEventListener('change', function () {
          removeBelow(select);
          write();
          var o = select.options[select.selectedIndex];
          if (select.value && o.getAttribute('data-has-children') === 'true') {
            box.setAttribute('data-region-ready', 'loading');
            addLevel(select.value, null).then(function () {
              box.setAttribute('data-region-ready', 'true');
            });
          }
        });
        levels.appendChild(select);
        return select;
      });
    }

    // the chain of the code already chosen, below the root: the codes to preselect, top first
    function chainOf(code) {
      if (!code || code === rootCode) {
        return Promise.resolve([]);
      }
      return getJson(url + '/' + encodeURIComponent(code) + '/chain').then(function (chain) {
        if (!root) {
          return chain;
        }
        var at = chain.map(function (r) { return r.code; }).indexOf(root);
        return at < 0 ? [] : chain.slice(at + 1);
      }).catch(function () { return []; });
    }

    chainOf(hidden.value).then(function (chain) {
      var step = function (parent, i) {
        return addLevel(parent, chain[i] || null).then(function (select) {
          if (select && chain[i] && select.value === chain[i].code) {
            var o = select.options[select.selectedIndex];
            if (o.getAttribute('data-has-children') === 'true') {
              return step(chain[i].code, i + 1);
            }
          }
          return null;
        });
      };
      return step(root, 0);
    }).then(function () {
      write();
      box.setAttribute('data-region-ready', 'true');
    }).catch(function () {
      // the hidden field keeps its code: the form still submits what was chosen before
      box.setAttribute('data-region-ready', 'failed');
    });
  }

  function init(root) {
    (root || document).querySelectorAll('.region-picker[data-region-url]').forEach(setup);
  }

  window.shuangdaRegionPicker = {init: init};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
})();
