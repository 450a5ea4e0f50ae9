// The search page's wiring (classic script, also from file://). Loads Pagefind's Component UI and,
// when the page is opened from disk, the MiniSearch fallback in its place; restores the query and
// facets from the URL (?q=boeing&country=kazakhstan&type=article&sort=date) and keeps the URL in
// step as the reader types or ticks filters, so every state is a link.
(function () {
  'use strict';

  var root = document.querySelector('[data-search-root]');
  if (!root) return;
  var siteRoot = root.getAttribute('data-site-root') || '';
  var offline = location.protocol === 'file:';
  var FACETS = ['type', 'person', 'country', 'organization', 'source', 'year'];
  var ENTITY_FACETS = ['person', 'country', 'organization'];
  var status = root.querySelector('[data-search-status]');
  var sortBox = root.querySelector('[data-search-sort]');

  // Entity facets travel in the URL as ids (stable, readable); the filters show names.
  var idsElement = document.getElementById('search-facet-ids');
  var nameOf = idsElement ? JSON.parse(idsElement.textContent || '{}') : {};
  var idOf = {};
  ENTITY_FACETS.forEach(function (facet) {
    idOf[facet] = {};
    var names = nameOf[facet] || {};
    for (var id in names) idOf[facet][names[id]] = id;
  });

  function hasFilters(filters) {
    for (var facet in filters || {}) {
      var values = filters[facet];
      if (Array.isArray(values) ? values.length : values) return true;
    }
    return false;
  }

  function setStatus(text) {
    if (status) status.textContent = text;
  }

  function readState() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    FACETS.forEach(function (facet) {
      var values = params.getAll(facet).filter(Boolean);
      if (!values.length) return;
      filters[facet] = values.map(function (value) {
        return (nameOf[facet] && nameOf[facet][value]) || value;
      });
    });
    return { q: params.get('q') || '', filters: filters, sort: params.get('sort') === 'date' };
  }

  function writeState(term, filters, sortByDate) {
    var params = new URLSearchParams();
    if (term) params.set('q', term);
    FACETS.forEach(function (facet) {
      var values = (filters && filters[facet]) || [];
      if (!Array.isArray(values)) values = values.any || values.all || [];
      values.forEach(function (value) {
        params.append(facet, (idOf[facet] && idOf[facet][value]) || value);
      });
    });
    if (sortByDate) params.set('sort', 'date');
    var query = params.toString();
    var url = location.pathname + (query ? '?' + query : '') + location.hash;
    try {
      history.replaceState(history.state, '', url);
    } catch (error) {
      // Some browsers refuse replaceState on file:// URLs; the search itself still works.
    }
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      script.onload = function () {
        resolve();
      };
      script.onerror = function () {
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(script);
    });
  }

  // The components are styled by dossier.css (Pagefind's own stylesheet would add 7 KB gzip to the first search).
  var scripts = offline ? ['minisearch.js', 'search-index.js', 'search-offline.js'] : [];
  scripts.push('pagefind/pagefind-component-ui.js');

  scripts
    .reduce(function (chain, src) {
      return chain.then(function () {
        return loadScript(siteRoot + src);
      });
    }, Promise.resolve())
    .then(function () {
      var instance = window.PagefindComponents.getInstanceManager().getInstance('default');
      if (offline) {
        // The Component UI loads pagefind.js only when it has no search backend yet: give it one.
        instance.__pagefind__ = window.DossierOfflineSearch.create(window.DossierSearchIndex, { siteRoot: siteRoot, highlightParam: 'highlight' });
        setStatus('Offline search: titles, names and summaries. The hosted site also searches the full text.');
      }
      var state = readState();
      if (sortBox) {
        sortBox.checked = state.sort;
        sortBox.addEventListener('change', function () {
          instance.searchSort = sortBox.checked ? { date: 'desc' } : {};
          instance.triggerSearchWithFilters(instance.searchTerm || '', instance.searchFilters || {});
        });
      }
      instance.searchSort = state.sort ? { date: 'desc' } : {};
      // Load first: in faceted mode the first load runs an empty search of its own, which must
      // neither replace the restored query nor be written to the URL.
      return Promise.resolve(offline ? null : instance.triggerLoad()).then(function () {
        instance.on('search', function (term, filters) {
          // Faceted (an empty query lists everything that matches the filters) only while a filter
          // is set: an empty page with no filters then costs no result downloads.
          instance.faceted = hasFilters(filters);
          writeState(term, filters, !!(sortBox && sortBox.checked));
        });
        instance.triggerSearchWithFilters(state.q, state.filters);
        root.setAttribute('data-search-ready', offline ? 'offline' : 'pagefind');
      });
    })
    .catch(function (error) {
      root.setAttribute('data-search-ready', 'failed');
      document.documentElement.classList.add('search-failed');
      setStatus('Search could not be loaded (' + error.message + '). Use the indexes instead.');
    });
})();
