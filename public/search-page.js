// The search page's wiring (classic script, also from file://). Loads Pagefind's Component UI and
// gives it its backend: Pagefind when hosted, the offline search (public/search-offline.js) when the
// page is opened from disk. Restores the query and facets from the URL
// (?q=boeing&country=kazakhstan&type=article&sort=date) and keeps the URL in step as the reader types
// or ticks filters, so every state is a link.
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

  // The filter pane's values before a filter is chosen: a summary built with the page (the commonest
  // values per facet, counted over the whole dossier), so opening the page or running a first query
  // downloads none of Pagefind's filter index.
  var summaryElement = document.getElementById('search-facet-summary');
  var summary = summaryElement ? JSON.parse(summaryElement.textContent || '{}') : { counts: {}, totals: {} };
  var facetLimit = Number(root.getAttribute('data-facet-limit')) || 10;
  var note = root.querySelector('[data-facet-note]');

  function describeCounts(scope) {
    if (!note) return;
    note.textContent =
      (scope === 'results' ? 'Counts are for the results. ' : 'Counts are for the whole dossier until you choose a filter. ') +
      'Each filter lists its ' + facetLimit + ' commonest values; every person, country and organization also has a page linking to the articles that mention it.';
  }

  /** Each facet's commonest values (at most facetLimit, most pages first), plus any value that is selected. */
  function listedValues(counts, selected) {
    if (!counts) return counts;
    var out = {};
    Object.keys(counts).forEach(function (facet) {
      var values = counts[facet] || {};
      var names = Object.keys(values).sort(function (a, b) {
        return values[b] - values[a] || (a < b ? -1 : a > b ? 1 : 0);
      });
      var kept = {};
      names.slice(0, facetLimit).forEach(function (name) {
        kept[name] = values[name];
      });
      var chosen = (selected && selected[facet]) || [];
      if (!Array.isArray(chosen)) chosen = chosen.any || chosen.all || [];
      chosen.forEach(function (name) {
        if (!(name in kept)) kept[name] = values[name] || 0;
      });
      out[facet] = kept;
    });
    return out;
  }

  // Results are listed RESULTS_PAGE at a time, with a button for more: the Component UI makes an
  // element per result, and at 10,000 articles a name has thousands (5,493 for "Tokayev" made the
  // first results show half a second later).
  var RESULTS_PAGE = 50;
  var listing = { key: '', shown: RESULTS_PAGE, total: 0 };
  var moreButton = root.querySelector('[data-search-more]');

  /** Wraps a search backend so the filter pane lists only each facet's commonest values (and the chosen ones), and results come a page at a time. */
  function withListedFacets(backend) {
    var selected = {};
    // The backend itself, every result and value, for tools that compare hosted and offline search (scripts/budgets.ts).
    var wrapped = { unlisted: backend };
    for (var key in backend) wrapped[key] = backend[key];
    wrapped.filters = function () {
      return backend.filters().then(function (counts) {
        return listedValues(counts, selected);
      });
    };
    wrapped.search = function (term, options) {
      selected = (options && options.filters) || {};
      var key = JSON.stringify([term, selected, options && options.sort]);
      if (key !== listing.key) listing = { key: key, shown: RESULTS_PAGE, total: 0 };
      return backend.search(term, options).then(function (result) {
        if (result) {
          result.filters = listedValues(result.filters, selected);
          result.totalFilters = listedValues(result.totalFilters, selected);
          listing.total = result.results.length;
          result.results = result.results.slice(0, listing.shown);
        }
        return result;
      });
    };
    return wrapped;
  }

  /**
   * Pagefind, fetched once the page is ready (not by the Component UI as it starts, which would also
   * fetch the whole filter index), and its filter index only once a filter is chosen: until then the
   * pane shows the prebuilt summary.
   */
  function hostedSearch(bundleUrl) {
    var loading = null;
    var filterIndexLoaded = false;
    function pagefind() {
      loading =
        loading ||
        import(bundleUrl + 'pagefind.js').then(function (module) {
          var instance = module.createInstance(componentInstance.pagefindOptions || {});
          return Promise.resolve(instance.options({ ranking: RANKING })).then(function () {
            return instance;
          });
        });
      return loading;
    }
    function later(method) {
      return function () {
        var args = arguments;
        return pagefind().then(function (instance) {
          return instance[method].apply(instance, args);
        });
      };
    }
    return {
      options: later('options'),
      init: later('init'),
      preload: later('preload'),
      destroy: function () {
        return loading ? later('destroy')() : Promise.resolve();
      },
      filters: function () {
        if (!filterIndexLoaded) return Promise.resolve(summary.counts);
        return later('filters')();
      },
      search: function (term, options) {
        var filtered = hasFilters(options && options.filters);
        return pagefind()
          .then(function (instance) {
            if (!filtered || filterIndexLoaded) return instance;
            // The first filter: load the whole filter index once, so every facet's counts follow the results.
            return instance.filters().then(function () {
              filterIndexLoaded = true;
              return instance;
            });
          })
          .then(function (instance) {
            return instance.search(term, options);
          })
          .then(function (result) {
            if (result && !filterIndexLoaded) {
              result.filters = summary.counts;
              result.totalFilters = summary.counts;
            }
            describeCounts(filterIndexLoaded ? 'results' : 'dossier');
            return result;
          });
      },
    };
  }

  // Pagefind's ranking (https://pagefind.app/docs/ranking/): a match in an entity page's own names
  // (its `entity` meta, src/site/search-data.ts) outweighs any headline, so a name's page comes first.
  var RANKING = { metaWeights: { entity: 10 } };
  var componentInstance = null;

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
  var scripts = offline ? ['search-index.js', 'search-offline.js'] : [];
  scripts.push('pagefind/pagefind-component-ui.js');

  scripts
    .reduce(function (chain, src) {
      return chain.then(function () {
        return loadScript(siteRoot + src);
      });
    }, Promise.resolve())
    .then(function () {
      var instance = window.PagefindComponents.getInstanceManager().getInstance('default');
      componentInstance = instance;
      // The Component UI loads pagefind.js (and its whole filter index) only when it has no search
      // backend yet: give it one. From disk, the offline index; hosted, Pagefind loaded lazily.
      if (offline) {
        instance.__pagefind__ = withListedFacets(window.DossierOfflineSearch.create(window.DossierSearchIndex, { siteRoot: siteRoot, highlightParam: 'highlight' }));
        setStatus('Offline search, from the copy on this computer.');
      } else {
        instance.__pagefind__ = withListedFacets(hostedSearch(new URL(siteRoot + 'pagefind/', location.href).href));
      }
      describeCounts(offline ? 'results' : 'dossier');
      // After the Component UI has drawn a page of results: say how many there are in all, offer the next page.
      instance.on('results', function () {
        var summaryText = root.querySelector('pagefind-summary .pf-summary');
        var shown = Math.min(listing.shown, listing.total);
        if (summaryText && listing.total > shown) summaryText.textContent = listing.total.toLocaleString('en') + ' results for ' + (instance.searchTerm || 'the filters') + ', the first ' + shown + ' shown';
        if (moreButton) {
          moreButton.hidden = listing.total <= shown;
          moreButton.textContent = 'Show ' + Math.min(RESULTS_PAGE, listing.total - shown) + ' more results';
        }
      });
      if (moreButton) {
        moreButton.addEventListener('click', function () {
          listing.shown += RESULTS_PAGE;
          instance.triggerSearchWithFilters(instance.searchTerm || '', instance.searchFilters || {});
        });
      }
      // Hosted: fetch Pagefind's engine and page list while the reader is still typing, not after.
      if (!offline) instance.__pagefind__.init();
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
      return Promise.resolve(instance.triggerLoad()).then(function () {
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
