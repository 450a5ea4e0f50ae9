// The search page (classic script, also from file://): a search box, a list of results and a pane of
// filters, drawn here over one of two backends with the same interface: Pagefind's JS API when
// hosted, the offline search (public/search-offline.js) when the page is opened from disk.
// Pagefind's Component UI did this before; it weighed 39.6 KB gzip, a quarter of the first search's
// 150 KB budget, for what this page needs of it. Restores the query and facets from the URL
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
  var FACET_TITLES = { type: 'Type', person: 'Person', country: 'Country', organization: 'Organization', source: 'Source', year: 'Year' };
  var OPEN_FACETS = { type: true, country: true, person: true };
  var input = root.querySelector('[data-search-input]');
  var status = root.querySelector('[data-search-status]');
  var summaryLine = root.querySelector('[data-search-summary]');
  var list = root.querySelector('[data-search-results]');
  var moreButton = root.querySelector('[data-search-more]');
  var sortBox = root.querySelector('[data-search-sort]');
  var facetPane = root.querySelector('[data-search-facets]');
  var note = root.querySelector('[data-facet-note]');

  // Entity facets travel in the URL as ids (stable, readable); the filters show names. The ids and
  // names of every entity are a script of their own (search-facet-ids.js), loaded only once a URL or a
  // ticked filter names an entity.
  var nameOf = null;
  var idOf = null;
  var facetIdsLoading = null;
  function loadFacetIds() {
    facetIdsLoading =
      facetIdsLoading ||
      loadScript(siteRoot + 'search-facet-ids.js').then(function () {
        nameOf = window.DossierFacetIds || {};
        idOf = {};
        ENTITY_FACETS.forEach(function (facet) {
          idOf[facet] = {};
          var names = nameOf[facet] || {};
          for (var id in names) idOf[facet][names[id]] = id;
        });
      });
    return facetIdsLoading;
  }

  function namesEntities(facets) {
    return ENTITY_FACETS.some(function (facet) {
      return facets.has ? facets.has(facet) : (facets[facet] || []).length > 0;
    });
  }

  function hasFilters(filters) {
    for (var facet in filters || {}) {
      if ((filters[facet] || []).length) return true;
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
        return (nameOf && nameOf[facet] && nameOf[facet][value]) || value;
      });
    });
    return { q: params.get('q') || '', filters: filters, sort: params.get('sort') === 'date' };
  }

  function writeState(term, filters, sortByDate) {
    var params = new URLSearchParams();
    if (term) params.set('q', term);
    FACETS.forEach(function (facet) {
      (filters[facet] || []).forEach(function (value) {
        params.append(facet, (idOf && idOf[facet] && idOf[facet][value]) || value);
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

  function describeCounts(scope) {
    if (!note) return;
    note.textContent =
      (scope === 'results' ? 'Counts are for the results. ' : 'Counts are for the whole dossier until you choose a filter. ') +
      'Each filter lists its ' + facetLimit + ' commonest values; every person, country and organization also has a page linking to the articles that mention it.';
  }

  /** A facet's commonest values (at most facetLimit, most pages first, then by name), plus any value that is selected. */
  function listedValues(values, chosen) {
    values = values || {};
    var names = Object.keys(values).sort(function (a, b) {
      return values[b] - values[a] || (a < b ? -1 : a > b ? 1 : 0);
    });
    var kept = names.slice(0, facetLimit);
    (chosen || []).forEach(function (name) {
      if (kept.indexOf(name) === -1) kept.push(name);
    });
    return kept.map(function (name) {
      return { name: name, count: values[name] || 0 };
    });
  }

  /**
   * Pagefind, fetched once the page is ready, and its filter index only once a filter is chosen:
   * until then the pane shows the prebuilt summary.
   */
  function hostedSearch(bundleUrl) {
    var loading = null;
    var filterIndexLoaded = false;
    function pagefind() {
      loading =
        loading ||
        import(bundleUrl + 'pagefind.js').then(function (module) {
          var instance = module.createInstance({ highlightParam: 'highlight', excerptLength: 24, noWorker: true });
          return Promise.resolve(instance.options({ ranking: RANKING })).then(function () {
            return instance;
          });
        });
      return loading;
    }
    return {
      init: function () {
        return pagefind().then(function (instance) {
          return instance.init();
        });
      },
      filters: function () {
        return Promise.resolve(summary.counts);
      },
      countsScope: function () {
        return filterIndexLoaded ? 'results' : 'dossier';
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
            if (result && !filterIndexLoaded) result.filters = summary.counts;
            return result;
          });
      },
    };
  }

  // Pagefind's ranking (https://pagefind.app/docs/ranking/): a match in an entity page's own names
  // (its `entity` meta, src/site/search-data.ts) outweighs any headline, so a name's page comes first.
  var RANKING = { metaWeights: { entity: 10 } };

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

  // ---- Results ----

  // Results are listed RESULTS_PAGE at a time, with a button for more; each result's text (a
  // Pagefind fragment, 3–5 KB gzip) is fetched only when its row comes near the screen. A placeholder
  // is about as tall as a result, so no more rows load than the screen shows.
  var RESULTS_PAGE = 50;
  var current = { term: '', results: [], shown: 0 };
  var searchCount = 0;
  var nearScreen =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          function (entries) {
            entries.forEach(function (entry) {
              if (!entry.isIntersecting) return;
              nearScreen.unobserve(entry.target);
              fill(entry.target);
            });
          },
          // Rows just below the screen load too, so scrolling meets text, not placeholders.
          { rootMargin: '0px 0px 100px 0px' },
        )
      : null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** Draws a result row once its data has come: kind and date, the linked title, the excerpt with its matches marked. */
  function fill(row) {
    var result = current.results[Number(row.getAttribute('data-result'))];
    if (!result || row.getAttribute('data-filled')) return;
    row.setAttribute('data-filled', 'pending');
    var forSearch = searchCount;
    result.data().then(function (data) {
      if (forSearch !== searchCount) return;
      var meta = data.meta || {};
      row.textContent = '';
      row.className = 'search-result';
      row.removeAttribute('aria-busy');
      row.appendChild(element('p', 'search-result__kind', (meta.type || 'page') + (meta.date ? ' · ' + meta.date : '')));
      var title = element('p', 'search-result__title');
      var link = element('a', 'search-result__link', meta.title || data.url);
      link.href = meta.url || data.url;
      title.appendChild(link);
      row.appendChild(title);
      if (data.excerpt) {
        // Pagefind's excerpt (and the offline one) is escaped text with <mark> around the matches.
        var excerpt = element('p', 'search-result__excerpt');
        excerpt.innerHTML = data.excerpt;
        row.appendChild(excerpt);
      }
      row.setAttribute('data-filled', 'yes');
    });
  }

  function showMore() {
    var from = current.shown;
    var to = Math.min(current.results.length, from + RESULTS_PAGE);
    for (var n = from; n < to; n++) {
      var row = element('li', 'search-pending');
      row.setAttribute('data-result', String(n));
      row.setAttribute('aria-busy', 'true');
      row.appendChild(element('span', 'search-result__placeholder'));
      row.appendChild(element('span', 'search-result__placeholder'));
      list.appendChild(row);
      if (nearScreen) nearScreen.observe(row);
      else fill(row);
    }
    current.shown = to;
    var total = current.results.length;
    var what = current.term ? '“' + current.term + '”' : 'the filters';
    summaryLine.textContent =
      total === 0
        ? 'No results for ' + what + '.'
        : total.toLocaleString('en') + (total === 1 ? ' result' : ' results') + ' for ' + what + (total > to ? ', the first ' + to.toLocaleString('en') + ' shown' : '');
    moreButton.hidden = total <= to;
    moreButton.textContent = 'Show ' + Math.min(RESULTS_PAGE, total - to) + ' more results';
  }

  /** Empties the list, and stops watching the rows it held. */
  function emptyList() {
    if (nearScreen) nearScreen.disconnect();
    list.textContent = '';
  }

  function showResults(term, results) {
    current = { term: term, results: results, shown: 0 };
    emptyList();
    showMore();
  }

  function clearResults() {
    current = { term: '', results: [], shown: 0 };
    emptyList();
    summaryLine.textContent = '';
    moreButton.hidden = true;
  }

  // ---- Filters ----

  var chosen = {};
  var openFacets = {};
  // On a narrow screen the pane sits above the results: its groups start closed there.
  var narrow = window.matchMedia && window.matchMedia('(max-width: 900px)').matches;
  FACETS.forEach(function (facet) {
    openFacets[facet] = !narrow && !!OPEN_FACETS[facet];
  });

  /** Draws the filter pane: per facet, a group of checkboxes with their counts; keeps focus on the box the reader was on. */
  function showFacets(counts) {
    var focused = document.activeElement;
    var focusKey = focused && focused.closest && focused.closest('[data-search-facets]') ? focused.name + '\u0000' + focused.value : null;
    // Built apart and swapped in at once: emptying the pane first would shift the page under the reader.
    var groups = document.createDocumentFragment();
    FACETS.forEach(function (facet) {
      var values = listedValues((counts || {})[facet], chosen[facet]);
      if (!values.length) return;
      var group = element('details', 'search-facet');
      group.setAttribute('data-facet', facet);
      group.open = openFacets[facet];
      group.addEventListener('toggle', function () {
        openFacets[facet] = group.open;
      });
      var selected = (chosen[facet] || []).length;
      var heading = element('summary', 'search-facet__title', FACET_TITLES[facet]);
      if (selected) heading.appendChild(element('span', 'search-facet__selected', ' (' + selected + ' selected)'));
      group.appendChild(heading);
      var fieldset = element('fieldset', 'search-facet__options');
      fieldset.appendChild(element('legend', 'visually-hidden', FACET_TITLES[facet]));
      values.forEach(function (value) {
        var label = element('label', 'search-facet__option');
        var box = element('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value.name;
        box.checked = (chosen[facet] || []).indexOf(value.name) !== -1;
        box.addEventListener('change', function () {
          var now = (chosen[facet] || []).filter(function (name) {
            return name !== value.name;
          });
          if (box.checked) now.push(value.name);
          if (now.length) chosen[facet] = now;
          else delete chosen[facet];
          search();
        });
        label.appendChild(box);
        label.appendChild(element('span', 'search-facet__name', value.name));
        label.appendChild(element('span', 'search-facet__count', String(value.count)));
        fieldset.appendChild(label);
        if (focusKey === facet + '\u0000' + value.name) focused = box;
      });
      group.appendChild(fieldset);
      groups.appendChild(group);
    });
    facetPane.replaceChildren(groups);
    if (focusKey && focused && focused.isConnected) focused.focus({ preventScroll: true });
  }

  // ---- Searching ----

  var backend = null;

  function search() {
    // A ticked person, country or organization is written to the URL by its id.
    if (!idOf && namesEntities(chosen)) return loadFacetIds().then(search);
    var term = input.value.trim();
    var forSearch = ++searchCount;
    writeState(term, chosen, !!(sortBox && sortBox.checked));
    if (!term && !hasFilters(chosen)) {
      // An empty box and no filters list nothing (and download nothing); the pane shows the whole dossier.
      clearResults();
      return backend.filters().then(function (counts) {
        if (forSearch !== searchCount) return;
        showFacets(counts);
        describeCounts('dossier');
      });
    }
    var filters = {};
    for (var facet in chosen) filters[facet] = chosen[facet].slice();
    var sort = sortBox && sortBox.checked ? { date: 'desc' } : {};
    // With filters and no words, everything that matches the filters.
    return backend.search(term || null, { filters: filters, sort: sort }).then(function (result) {
      if (forSearch !== searchCount || !result) return;
      showResults(term, result.results);
      showFacets(result.filters);
      describeCounts(backend.countsScope());
    });
  }

  var typing = null;
  function searchSoon() {
    clearTimeout(typing);
    typing = setTimeout(search, 50);
  }

  var scripts = offline ? ['search-index.js', 'search-offline.js'] : [];
  scripts
    .reduce(function (chain, src) {
      return chain.then(function () {
        return loadScript(siteRoot + src);
      });
    }, Promise.resolve())
    .then(function () {
      if (offline) {
        backend = window.DossierOfflineSearch.create(window.DossierSearchIndex, { siteRoot: siteRoot, highlightParam: 'highlight' });
        setStatus('Offline search, from the copy on this computer.');
      } else {
        backend = hostedSearch(new URL(siteRoot + 'pagefind/', location.href).href);
        // Fetch Pagefind's engine and page list while the reader is still typing, not after.
        backend.init();
      }
      // For tools that compare hosted and offline search (scripts/budgets.ts).
      window.DossierSearchPage = { backend: backend };
      // A deep link to an entity's articles (?person=<id>) needs the entity's name first.
      return namesEntities(new URLSearchParams(location.search)) ? loadFacetIds() : null;
    })
    .then(function () {
      var state = readState();
      input.value = state.q;
      chosen = state.filters;
      if (sortBox) {
        sortBox.checked = state.sort;
        sortBox.addEventListener('change', search);
      }
      input.addEventListener('input', searchSoon);
      input.form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(typing);
        search();
      });
      moreButton.addEventListener('click', showMore);
      return search().then(function () {
        root.setAttribute('data-search-ready', offline ? 'offline' : 'pagefind');
      });
    })
    .catch(function (error) {
      root.setAttribute('data-search-ready', 'failed');
      document.documentElement.classList.add('search-failed');
      setStatus('Search could not be loaded (' + error.message + '). Use the indexes instead.');
    });
})();
