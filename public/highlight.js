// Marks the search terms on a page reached from a search result (?highlight=term&highlight=…),
// hosted or from file://, and scrolls to the first one. Classic script; the page reads fine without it.
(function () {
  'use strict';

  var terms = new URLSearchParams(location.search)
    .getAll('highlight')
    .map(function (t) {
      return fold(t.trim());
    })
    .filter(function (t) {
      return t.length > 1;
    });
  if (!terms.length) return;
  var scope = document.querySelector('[data-pagefind-body]') || document.querySelector('main');
  if (!scope) return;

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentElement;
      if (!parent || parent.closest('script, style, mark, [data-pagefind-ignore], [hidden]')) return NodeFilter.FILTER_REJECT;
      return /\S/.test(node.nodeValue || '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);

  var first = null;
  nodes.forEach(function (node) {
    var text = node.nodeValue || '';
    // Words that start with a term (case and diacritics folded), as the search matched them.
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    var hit = false;
    var fragment = document.createDocumentFragment();
    parts.forEach(function (part, i) {
      var isWord = i % 2 === 1;
      var match = isWord && terms.some(function (t) {
        return fold(part).indexOf(t) === 0;
      });
      if (match) {
        var mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part;
        fragment.appendChild(mark);
        if (!first) first = mark;
        hit = true;
      } else if (part) {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    if (hit && node.parentNode) node.parentNode.replaceChild(fragment, node);
  });
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
})();
