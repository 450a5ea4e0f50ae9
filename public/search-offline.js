// Offline search for pages opened from disk (file://), where Pagefind cannot load: Chromium refuses
// its ES module and fetch() from origin 'null'. A classic script over a prebuilt index, loaded as is:
// search-index.js (window.DossierSearchIndex: the documents, their lengths, the shard list) and, per
// query, only the shards of the term index its words fall in (search-index/<n>.js, each a classic
// script that calls window.DossierSearchShard). Nothing is indexed in the browser. The format is
// written by src/site/offline-index.ts.
//
// It offers what the search page calls of a backend (filters(), search() and each result's data(), as
// Pagefind's API has them, and countsScope()), so the search page shows the same results and facets offline.
// Full text, like the hosted index: titles, body text, entity names and aliases, descriptions.
(function () {
  'use strict';

  var FACETS = ['type', 'person', 'country', 'organization', 'source', 'year'];
  var FACET_OF_TYPE = { person: 'person', country: 'country', organization: 'organization' };
  var SECTION = { person: 'people', country: 'countries', organization: 'organizations', place: 'places' };
  // Posting weights are term-frequency units (src/site/offline-index.ts FIELD_WEIGHTS): one word of body text is 2.
  var BODY_WEIGHT = 2;
  // BM25's usual constants.
  var K1 = 1.2;
  var B = 0.75;
  // A word that only starts with the query's word, or with its stem, counts for less than the word itself.
  var PREFIX_FACTOR = 0.6;
  var STEM_FACTOR = 0.5;

  // Case, diacritics and the Kazakh letters the registry spells both ways (Тоқаев = Токаев) fold
  // together. The same as fold() in src/site/offline-index.ts.
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

  // The same as terms() in src/site/offline-index.ts: words cut first (letters, digits, combining marks), then folded.
  function termsOf(text) {
    var found = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) || [];
    var out = [];
    for (var i = 0; i < found.length; i++) {
      var term = /^[a-z0-9]+$/.test(found[i]) ? found[i] : fold(found[i]);
      if (term !== '') out.push(term);
    }
    return out;
  }

  // English suffixes a query word is cut at, longest first. The hosted index stems words (Pagefind's
  // Snowball stemmer: "election" and "elected" are both "elect"); here the cut query word is matched as
  // a prefix of the indexed words instead, which finds at least what the stemmer finds.
  var SUFFIXES = ['ations', 'ation', 'ings', 'ions', 'ing', 'ion', 'ies', 'ied', 'es', 'ed', 'ly', 's'];

  /** A light English stem for the query side (elections → elect, talks → talk), or null. */
  function stemOf(term) {
    if (term.length <= 4 || /\d/.test(term)) return null;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var suffix = SUFFIXES[i];
      if (term.length - suffix.length >= 4 && term.slice(-suffix.length) === suffix) return term.slice(0, -suffix.length);
    }
    return null;
  }

  // The same as derivedSlug() in src/site/offline-index.ts: the index omits slugs it can rebuild.
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

  /** Postings 'delta[.weight],…' (base 36), already split at the commas → calls visit(doc, weight) in document order. */
  function eachPosting(entries, visit) {
    var doc = 0;
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      var dot = entry.indexOf('.');
      doc += parseInt(dot === -1 ? entry : entry.slice(0, dot), 36);
      visit(doc, dot === -1 ? BODY_WEIGHT : parseInt(entry.slice(dot + 1), 36));
    }
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

    // Entity pages are documents 0 … pages-1, articles follow.
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
        date: entity[6] || null,
        excerpt: entity[4] || 'Mentioned in the articles.',
        filters: filters,
      });
    }
    index.articles.forEach(function (a) {
      var filters = { type: ['article'] };
      unpackPositions(a[5], index.width).forEach(function (position) {
        var entity = entities[position];
        if (FACET_OF_TYPE[entity[1]]) addFacet(filters, FACET_OF_TYPE[entity[1]], entity[2]);
      });
      addFacet(filters, 'source', a[4]);
      addFacet(filters, 'year', a[2].slice(0, 4));
      records.push({
        path: 'articles/' + expandSlug(a[0], a[1]) + '/index.html',
        type: 'article',
        title: a[1],
        date: a[2] || null,
        excerpt: a[3] + (a[4] ? ' ' + a[4] : ''),
        filters: filters,
      });
    });
    var lengths = index.lengths.split(',').map(function (n) {
      return parseInt(n, 36);
    });
    var averageLength =
      lengths.reduce(function (sum, n) {
        return sum + n;
      }, 0) / Math.max(1, lengths.length);
    var allCounts = countFilters(records);

    // Shards arrive by classic <script>: each calls window.DossierSearchShard(n, terms).
    var shards = [];
    var waiting = {};
    window.DossierSearchShard = function (n, terms) {
      shards[n] = terms;
      if (waiting[n]) waiting[n].resolve();
    };
    function loadShard(n) {
      if (shards[n]) return Promise.resolve();
      if (waiting[n]) return waiting[n].promise;
      var handle = {};
      handle.promise = new Promise(function (resolve, reject) {
        handle.resolve = resolve;
        var script = document.createElement('script');
        script.src = siteRoot + 'search-index/' + n + '.js';
        script.onerror = function () {
          delete waiting[n];
          reject(new Error('could not load ' + script.src));
        };
        document.head.appendChild(script);
      });
      waiting[n] = handle;
      return handle.promise;
    }
    /** The shards that can hold terms starting with `prefix` (shards are cut by term range). */
    function shardsFor(prefix) {
      var first = 0;
      for (var s = 0; s < index.shards.length; s++) if (index.shards[s] <= prefix) first = s;
      var out = [first];
      for (var next = first + 1; next < index.shards.length && index.shards[next].indexOf(prefix) === 0; next++) out.push(next);
      return out;
    }

    /** Per document, the best BM25 score of any indexed word matching the query word (itself, a longer word, its stem's words), and that word. */
    function scoresFor(word) {
      var stem = stemOf(word);
      var prefixes = stem ? [word, stem] : [word];
      var needed = [];
      prefixes.forEach(function (p) {
        shardsFor(p).forEach(function (n) {
          if (needed.indexOf(n) === -1) needed.push(n);
        });
      });
      return Promise.all(needed.map(loadShard)).then(function () {
        var best = new Map();
        var total = lengths.length;
        needed.forEach(function (n) {
          var shard = shards[n];
          for (var term in shard) {
            var factor = term === word ? 1 : term.indexOf(word) === 0 ? PREFIX_FACTOR : stem && term.indexOf(stem) === 0 ? STEM_FACTOR : 0;
            if (!factor) continue;
            var entries = shard[term].split(',');
            var containing = entries.length;
            var idf = Math.log(1 + (total - containing + 0.5) / (containing + 0.5));
            eachPosting(entries, function (doc, weight) {
              var tf = weight / BODY_WEIGHT;
              var score = factor * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]) / averageLength)));
              var found = best.get(doc);
              if (!found || found.score < score) best.set(doc, { score: score, term: term });
            });
          }
        });
        return best;
      });
    }

    /** Documents that match every query word (as Pagefind does), with their summed scores. */
    function rank(words) {
      return Promise.all(words.map(scoresFor)).then(function (perWord) {
        perWord.sort(function (a, b) {
          return a.size - b.size;
        });
        var hits = [];
        perWord[0].forEach(function (first, doc) {
          var score = first.score;
          var matched = [first.term];
          for (var w = 1; w < perWord.length; w++) {
            var other = perWord[w].get(doc);
            if (other === undefined) return;
            score += other.score;
            matched.push(other.term);
          }
          hits.push({ id: doc, score: score, matched: matched });
        });
        // A word in the headline (or an entity's name) counts once more, on top of its weight in the
        // text: Pagefind adds a title match to the body's score the same way.
        hits.forEach(function (hit) {
          var record = records[hit.id];
          if (!record.titleTerms) record.titleTerms = termsOf(record.title);
          hit.matched.forEach(function (term, w) {
            if (record.titleTerms.indexOf(term) !== -1) hit.score += perWord[w].get(hit.id).score;
          });
        });
        hits.sort(function (x, y) {
          return y.score - x.score || x.id - y.id;
        });
        return hits;
      });
    }

    function resultUrl(record, rawTerms) {
      var query = rawTerms
        .map(function (t) {
          return encodeURIComponent(highlightParam) + '=' + encodeURIComponent(t);
        })
        .join('&');
      return siteRoot + record.path + (query ? '?' + query : '');
    }

    /** The matched words the excerpt does not show (the offline index keeps no passages, only the opening). */
    function notInExcerpt(excerpt, matched) {
      var shown = termsOf(excerpt);
      return (matched || []).filter(function (term, i, all) {
        return all.indexOf(term) === i && shown.indexOf(term) === -1;
      });
    }

    function toResult(id, score, rawTerms, marked, matched) {
      var record = records[id];
      var elsewhere = notInExcerpt(record.excerpt, matched);
      return {
        id: String(id),
        score: score,
        words: [],
        data: function () {
          return Promise.resolve({
            url: resultUrl(record, rawTerms),
            raw_url: record.path,
            content: record.excerpt,
            excerpt:
              highlight(record.excerpt, marked) +
              (elsewhere.length
                ? ' <span class="search-result__also">Mentions ' +
                  elsewhere
                    .map(function (term) {
                      return '<mark>' + escapeHtml(term) + '</mark>';
                    })
                    .join(', ') +
                  ' further on.</span>'
                : ''),
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
      filters: function () {
        return Promise.resolve(allCounts);
      },
      /** Whose counts a search's facets give: here always the results' (every record is in the page). */
      countsScope: function () {
        return 'results';
      },
      search: function (term, opts) {
        var filters = (opts && opts.filters) || {};
        var sort = (opts && opts.sort) || {};
        var rawTerms = term ? String(term).trim().split(/\s+/).filter(Boolean) : [];
        var words = termsOf(String(term || ''));
        var marked = [];
        words.forEach(function (w) {
          marked.push(stemOf(w) || w);
        });
        var ranked = words.length
          ? rank(words)
          : Promise.resolve(
              records.map(function (_, id) {
                return { id: id, score: 0 };
              }),
            );
        return ranked.then(function (hits) {
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
          return {
            results: kept.map(function (h) {
              return toResult(h.id, h.score, rawTerms, marked, h.matched);
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
          };
        });
      },
    };
  }

  window.DossierOfflineSearch = { create: create, fold: fold, terms: termsOf };
})();
