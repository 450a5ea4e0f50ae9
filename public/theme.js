// Theme toggle (classic script, loaded with defer; works from file://).
// The page reads fully without it: the theme then simply follows the system.
// The inline snippet in <head> applies a remembered choice before first paint (no flash).
(function () {
  var root = document.documentElement;
  var button = document.querySelector('[data-theme-toggle]');
  if (!button) return;
  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function label() {
    var next = current() === 'dark' ? 'light' : 'dark';
    button.setAttribute('aria-label', 'Switch to ' + next + ' theme');
    button.setAttribute('title', 'Switch to ' + next + ' theme');
    button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
  }
  button.hidden = false;
  label();
  button.addEventListener('click', function () {
    var next = current() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem('dossier-theme', next);
    } catch (e) {
      /* storage may be unavailable (privacy mode, file://): the choice lasts for this page only */
    }
    label();
  });
})();
