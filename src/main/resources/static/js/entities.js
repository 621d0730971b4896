// Market entities: small behaviours the pages need (no inline scripts: the CSP forbids them).
(function () {
  // A checkbox with data-toggles="ID" shows that element while checked (the override reason).
  function syncToggle(box) {
    var target = document.getElementById(box.getAttribute('data-toggles'));
    if (target) {
      target.classList.toggle('d-none', !box.checked);
    }
  }
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.matches && box.matches('input[type=checkbox][data-toggles]')) {
      syncToggle(box);
    }
    // Refuse an oversized file before uploading megabytes for nothing; the server checks again.
    if (box.matches && box.matches('input[type=file][data-max-bytes]') && box.files.length > 0) {
      var tooLarge = box.files[0].size > Number(box.getAttribute('data-max-bytes'));
      box.setCustomValidity(tooLarge ? box.getAttribute('data-too-large') : '');
      box.classList.toggle('is-invalid', tooLarge);
      var feedback = document.getElementById('import-file-size-error');
      if (feedback) {
        feedback.classList.toggle('d-none', !tooLarge);
      }
    }
  });
  // Show the spinner while a big file is read and checked.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id === 'import-form' && !event.defaultPrevented) {
      var busy = document.getElementById('import-busy');
      if (busy) {
        busy.classList.remove('d-none');
      }
    }
  });
})();
