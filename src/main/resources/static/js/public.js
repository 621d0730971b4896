// The citizen's pages (/public/…): copy buttons on the receipt and the focus on the form's error summary.
// A file of its own, loaded by those pages only; no inline script (the CSP refuses them).
(function () {
  'use strict';

  // Copies the text of the element named by data-copy-target: the Clipboard API where the page may use it
  // (HTTPS or localhost), else a selected off-screen textarea and execCommand('copy'); if both fail the number
  // is selected so that a long press copies it. The outcome is said in the button's status line.
  function copy(button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (!target) {
      return;
    }
    var text = target.textContent.trim();
    var status = document.getElementById(button.id + '-status');
    function say(message, ok) {
      if (status) {
        status.textContent = message || '';
        status.classList.toggle('text-success', ok);
        status.classList.toggle('text-danger', !ok);
      }
      button.setAttribute('data-copy-state', ok ? 'copied' : 'failed');
    }
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'sd-offscreen';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        say(button.getAttribute('data-copied'), true);
      } else {
        var range = document.createRange();
        range.selectNodeContents(target);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        say(button.getAttribute('data-copy-failed'), false);
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        say(button.getAttribute('data-copied'), true);
      }, fallback);
    } else {
      fallback();
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy-target]');
    if (button) {
      event.preventDefault();
      copy(button);
      return;
    }
    // a field named in the error summary: scroll to it and put the cursor in it
    var link = event.target.closest && event.target.closest('#form-errors a[href^="#"]');
    var field = link && document.getElementById(link.getAttribute('href').substring(1));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({block: 'center'});
      field.focus();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('form-errors');
    if (summary) {
      summary.focus();
    }
  });
})();
