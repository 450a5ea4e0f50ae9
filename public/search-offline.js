// Offline search for pages opened from disk (file://), where Pagefind cannot load: Chromium refuses
// its ES module and fetch() from origin 'null'. A classic script: it needs the MiniSearch UMD build
// (window.MiniSearch) and the prebuilt index (window.DossierSearchIndex, from search-index.js).
//
// It implements the part of Pagefind's search API that the Component UI calls (filters(), search()
// and each result's data()), so the search page shows the same components and facets offline.
// Indexed: titles, entity names and every alias, a short excerpt. Not the full text.
(function () {
  'use strict';

  var FACETS = ['type', 'person', 'country', 'organization', 'source', 'year'];
  var FACET_OF_TYPE = { person: 'person', country: 'country', organization: 'organization' };
  var SECTION = { person: 'people', country: 'countries', organization: 'organizations', place: 'places' };

  // Case, diacritics and the Kazakh letters the registry spells both ways (Тоқаев = Токаев) fold together.
  function fold(term) {
    return term
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/қ/g, 'к')
      .replace(/ғ/g, 'г')
      .replace(/ң/g, 'н')
      .replace(/ү|ұ/g, 'у')
      .replace(/ө/g, 'о')
      .replace(/һ/g, 'х')
      .replace(/і/g, 'и')
      .replace(/ә/g, 'а');
  }

  // The same as derivedSlug() in src/site/search-data.ts: the index omits slugs it can rebuild.
  function derivedSlug(title) {
    return title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }

  function expandSlug(stored, title) {
    if (stored === '') return derivedSlug(title);
    return typeof stored === 'number' ? derivedSlug(title).slice(0, stored) : stored;
  }

  function unpackPositions(packed, width) {
    var out = [];
    for (var at = 0; at < packed.length; at += width) out.push(parseInt(packed.slice(at, at + width), 36));
    return out;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** The text with every word that starts with a query term wrapped in <mark> (HTML-escaped). */
  function highlight(text, terms) {
    if (!terms.length) return escapeHtml(text);
    return text
      .split(/([\p{L}\p{N}]+)/u)
      .map(function (part, i) {
        if (i % 2 === 1) {
          var folded = fold(part);
          for (var t = 0; t < terms.length; t++) if (folded.indexOf(terms[t]) === 0) return '<mark>' + escapeHtml(part) + '</mark>';
        }
        return escapeHtml(part);
      })
      .join('');
  }

  function matches(record, filters) {
    for (var facet in filters) {
      var wanted = filters[facet];
      if (!wanted) continue;
      var values = record.filters[facet] || [];
      var list = Array.isArray(wanted) ? wanted : wanted.all || wanted.any || [wanted];
      var anyOf = !Array.isArray(wanted) && !!wanted.any;
      if (anyOf ? !list.some(function (v) { return values.indexOf(v) !== -1; }) : !list.every(function (v) { return values.indexOf(v) !== -1; })) return false;
    }
    return true;
  }

  /** Counts per facet value; with `template`, every value it knows starts at 0 (as Pagefind reports them). */
  function countFilters(records, template) {
    var out = {};
    FACETS.forEach(function (facet) {
      out[facet] = {};
      if (template && template[facet]) for (var value in template[facet]) out[facet][value] = 0;
    });
    records.forEach(function (record) {
      FACETS.forEach(function (facet) {
        (record.filters[facet] || []).forEach(function (value) {
          out[facet][value] = (out[facet][value] || 0) + 1;
        });
      });
    });
    FACETS.forEach(function (facet) {
      if (Object.keys(out[facet]).length === 0) delete out[facet];
    });
    return out;
  }

  /**
   * index: window.DossierSearchIndex. options.siteRoot: the site root relative to the search page
   * ('../'); options.highlightParam: the query parameter result links carry for highlight.js.
   */
  function create(index, options) {
    var siteRoot = options.siteRoot || '';
    var highlightParam = options.highlightParam || 'highlight';
    var entities = index.entities;
    var records = [];

    function addFacet(filters, facet, value) {
      if (!value) return;
      var list = filters[facet] || (filters[facet] = []);
      if (list.indexOf(value) === -1) list.push(value);
    }

    // Entity pages: the first `pages` entities. Their own names and aliases are the strongest field.
    for (var e = 0; e < index.pages; e++) {
      var entity = entities[e];
      var type = entity[1];
      var filters = {};
      if (type !== 'place') addFacet(filters, 'type', type);
      if (FACET_OF_TYPE[type]) addFacet(filters, FACET_OF_TYPE[type], entity[2]);
      if (entity[5] >= 0) addFacet(filters, 'country', entities[entity[5]][2]);
      records.push({
        path: SECTION[type] + '/' + entity[0] + '/index.html',
        type: type,
        title: entity[2],
        own: [entity[2]].concat(entity[3]).join(' '),
        names: '',
        date: entity[6] || null,
        excerpt: entity[4] || 'Mentioned in the articles.',
        filters: filters,
      });
    }
    index.articles.forEach(function (a) {
      var filters = { type: ['article'] };
      var names = [];
      unpackPositions(a[5], index.width).forEach(function (position) {
        var entity = entities[position];
        if (FACET_OF_TYPE[entity[1]]) addFacet(filters, FACET_OF_TYPE[entity[1]], entity[2]);
        names.push(entity[2]);
        names.push.apply(names, entity[3]);
      });
      addFacet(filters, 'source', a[4]);
      addFacet(filters, 'year', a[2].slice(0, 4));
      records.push({
        path: 'articles/' + expandSlug(a[0], a[1]) + '/index.html',
        type: 'article',
        title: a[1],
        own: '',
        names: names.join(' '),
        date: a[2] || null,
        excerpt: a[3] + (a[4] ? ' ' + a[4] : ''),
        filters: filters,
      });
    });

    var mini = new window.MiniSearch({
      fields: ['own', 'title', 'names', 'excerpt'],
      storeFields: [],
      processTerm: function (term) {
        var folded = fold(term);
        return folded.length > 0 ? folded : null;
      },
      searchOptions: {
        // An entity's own names outrank a title, which outranks a passing mention.
        boost: { own: 6, title: 2, names: 1.5, excerpt: 1 },
        prefix: true,
        fuzzy: function (term) {
          return term.length > 4 ? 0.2 : 0;
        },
        combineWith: 'AND',
      },
    });
    mini.addAll(
      records.map(function (r, id) {
        return { id: id, own: r.own, title: r.title, names: r.names, excerpt: r.excerpt };
      }),
    );
    var allCounts = countFilters(records);

    function resultUrl(record, terms) {
      var query = terms
        .map(function (t) {
          return encodeURIComponent(highlightParam) + '=' + encodeURIComponent(t);
        })
        .join('&');
      return siteRoot + record.path + (query ? '?' + query : '');
    }

    function toResult(id, score, rawTerms, foldedTerms) {
      var record = records[id];
      return {
        id: String(id),
        score: score,
        words: [],
        data: function () {
          return Promise.resolve({
            url: resultUrl(record, rawTerms),
            raw_url: record.path,
            content: record.excerpt,
            excerpt: highlight(record.excerpt, foldedTerms),
            meta: { title: record.title, type: record.type, date: record.date || '', excerpt: record.excerpt },
            filters: record.filters,
            sub_results: [],
            word_count: record.excerpt.split(/\s+/).length,
            locations: [],
            weighted_locations: [],
            anchors: [],
          });
        },
      };
    }

    return {
      offline: true,
      options: function () {
        return Promise.resolve();
      },
      init: function () {
        return Promise.resolve();
      },
      preload: function () {
        return Promise.resolve();
      },
      destroy: function () {
        return Promise.resolve();
      },
      filters: function () {
        return Promise.resolve(allCounts);
      },
      search: function (term, opts) {
        var filters = (opts && opts.filters) || {};
        var sort = (opts && opts.sort) || {};
        var rawTerms = term ? String(term).trim().split(/\s+/).filter(Boolean) : [];
        var foldedTerms = rawTerms.map(fold);
        var hits;
        if (rawTerms.length) {
          hits = mini.search(String(term)).map(function (hit) {
            return { id: hit.id, score: hit.score };
          });
        } else {
          hits = records.map(function (_, id) {
            return { id: id, score: 0 };
          });
        }
        var unfiltered = hits.map(function (h) {
          return records[h.id];
        });
        var kept = hits.filter(function (h) {
          return matches(records[h.id], filters);
        });
        if (sort.date) {
          var direction = sort.date === 'asc' ? 1 : -1;
          kept = kept.filter(function (h) {
            return records[h.id].date;
          });
          kept.sort(function (x, y) {
            var a = records[x.id].date;
            var b = records[y.id].date;
            return a === b ? 0 : a < b ? -direction : direction;
          });
        }
        return Promise.resolve({
          results: kept.map(function (h) {
            return toResult(h.id, h.score, rawTerms, foldedTerms);
          }),
          unfilteredResultCount: unfiltered.length,
          filters: countFilters(
            kept.map(function (h) {
              return records[h.id];
            }),
            allCounts,
          ),
          totalFilters: countFilters(unfiltered, allCounts),
          timings: { preload: 0, search: 0, total: 0 },
        });
      },
    };
  }

  window.DossierOfflineSearch = { create: create, fold: fold };
})();
