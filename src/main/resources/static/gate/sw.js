// The gate page's service worker: keeps the page and its code so that /gate opens
// without a network. The page is fetched fresh when the server answers within 2.5 s;
// scripts, styles and the scanner library come from the cache and are refreshed behind.
// API calls are never cached: the page itself falls back to its offline check.
'use strict';

var CACHE = 'fugong-gate-v1';
var PAGE_WAIT_MS = 2500;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(['/webjars/html5-qrcode/html5-qrcode.min.js',
      '/webjars/bootstrap/css/bootstrap.min.css', '/webjars/bootstrap/js/bootstrap.bundle.min.js'])
      .catch(function () { /* the page sends its own list once it runs */ });
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('fugong-gate-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

// The page names what it loaded (content-hashed script and style addresses included).
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'cache' || !Array.isArray(data.urls)) {
    return;
  }
  var urls = data.urls.filter(function (url) {
    return typeof url === 'string' && new URL(url, self.location.href).origin === self.location.origin;
  });
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (response.ok && !response.redirected) {
          return cache.put(url, response);
        }
        return null;
      }).catch(function () { return null; });
    }));
  }));
});

function isPage(request, url) {
  return request.mode === 'navigate' && (url.pathname === '/gate' || url.pathname === '/gate/');
}

function pageFirst(request) {
  return caches.open(CACHE).then(function (cache) {
    var network = fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        cache.put('/gate', response.clone());
      }
      return response;
    });
    var late = new Promise(function (resolve) {
      setTimeout(resolve, PAGE_WAIT_MS);
    }).then(function () {
      return cache.match('/gate').then(function (cached) {
        return cached || network;
      });
    });
    return Promise.race([network.catch(function () {
      return cache.match('/gate').then(function (cached) {
        if (cached) {
          return cached;
        }
        throw new Error('offline and nothing cached');
      });
    }), late]);
  });
}

function cachedFirst(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (cached) {
      var network = fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
      if (cached) {
        network.catch(function () {});
        return cached;
      }
      return network;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (isPage(request, url)) {
    event.respondWith(pageFirst(request));
    return;
  }
  if (/^\/(webjars|js|css|images)\//.test(url.pathname) || url.pathname === '/gate/manifest.webmanifest') {
    event.respondWith(cachedFirst(request));
  }
});
