// Quick search from every page (classic script, works from file://): the "/" key or the Search
// button in the top bar opens a small dialog; Enter goes to the search page with the query
// (search/index.html?q=…), which runs the search. Without JavaScript the button is a plain link.
(function () {
  'use strict';

  var dialog = document.getElementById('quick-search');
  var opener = document.querySelector('[data-quick-search-open]');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  var input = dialog.querySelector('input[name="q"]');

  function open() {
    if (dialog.open) return;
    dialog.showModal();
    if (input) {
      input.focus();
      input.select();
    }
  }

  function typing(target) {
    if (!target || !(target instanceof Element)) return false;
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('[contenteditable]');
  }

  if (opener) {
    opener.addEventListener('click', function (event) {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      open();
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented || typing(event.target)) return;
    // On the search page itself, "/" focuses its own search field instead.
    var pageInput = document.querySelector('[data-search-root] [data-search-input]');
    event.preventDefault();
    if (pageInput) pageInput.focus();
    else open();
  });

  // A click on the backdrop (outside the dialog's box) closes it, like Esc.
  dialog.addEventListener('click', function (event) {
    if (event.target === dialog) dialog.close();
  });
})();
