// The guard's page: decode a pass (camera or short code), ask the server within 2.5 s,
// else check it in the browser; show the verdict full screen; keep offline scans for sync.
(function () {
  'use strict';

  var root = document.getElementById('gate');
  if (!root) {
    return;
  }
  var offline = window.FugongGateOffline;
  var texts = JSON.parse(root.getAttribute('data-texts') || '{}');
  var api = root.getAttribute('data-api');
  var lang = root.getAttribute('data-lang') || 'zh-CN';
  var SERVER_WAIT_MS = 2500;
  var REPEAT_MS = 10000;
  var BUNDLE_EVERY_MS = 60000;
  var VERDICT_MS = 4000;

  var csrfToken = meta('_csrf');
  var csrfHeader = meta('_csrf_header');
  var direction = root.getAttribute('data-default-direction') || 'IN';
  var bundle = null;
  var recent = {};
  var busy = false;
  var quietUntil = {};
  var hideTimer = null;
  var counts = { entered: 0, left: 0, refused: 0 };
  var audio = null;
  // This phone as an enrolled device of the signed-in guard: {id, token, expiresAt, guard}, kept in IndexedDB.
  var guardName = root.getAttribute('data-guard');
  var RENEW_WITHIN_MS = 60 * 60 * 1000;
  var device = null;
  var enrolling = null;
  var deviceLoaded = offline.store.loadDevice().then(function (stored) {
    if (stored && stored.guard === guardName && Date.parse(stored.expiresAt) > Date.now()) {
      device = stored;
    }
  }, function () {});
  // The bundle kept from the last time, read before any offline verdict is given.
  var bundleLoaded = offline.store.loadBundle().then(function (stored) {
    if (stored && !bundle) {
      bundle = stored;
    }
  }, function () {});

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function t(key) {
    var text = texts[key] != null ? texts[key] : key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).substring(1); }).join('');
    return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
      + hex.substring(16, 20) + '-' + hex.substring(20);
  }

  function clock(date) {
    return date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  }

  function day(date) {
    return date.toLocaleString(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  }

  // --- the server, never waited on for more than 2.5 s ---

  // Through the enrolled device's token when the phone has one (no cookie: the server reads no session); a token
  // the server no longer takes (revoked, expired) is forgotten and the same request goes again through the session
  // (a scan keeps its scan id, so it is logged once).
  function call(method, path, body) {
    return deviceLoaded.then(function () {
      var bearer = device;
      return send(method, path, body, bearer).catch(function (error) {
        if (bearer && error.unauthorized) {
          // Re-bound to another checkpoint, say: enrolled again while the session lives (a revoked phone's ended).
          forgetDevice(bearer);
          setTimeout(enrol, 0);
          return send(method, path, body, null);
        }
        throw error;
      });
    });
  }

  function send(method, path, body, bearer) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () {
      if (controller) {
        controller.abort();
      }
    }, SERVER_WAIT_MS);
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': lang };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (bearer) {
      headers['Authorization'] = 'Bearer ' + bearer.token;
    } else if (csrfToken && csrfHeader && method !== 'GET') {
      headers[csrfHeader] = csrfToken;
    }
    return fetch(api + path, {
      method: method, headers: headers, credentials: bearer ? 'omit' : 'same-origin', cache: 'no-store',
      redirect: 'manual',
      body: body !== undefined ? JSON.stringify(body) : undefined, signal: controller ? controller.signal : undefined
    }).then(function (response) {
      clearTimeout(timer);
      var type = response.headers.get('Content-Type') || '';
      if (bearer && response.status === 401) {
        var refused = new Error('device token refused');
        refused.unauthorized = true;
        throw refused;
      }
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403
          || (response.ok && type.indexOf('json') < 0)) {
        var signedOut = new Error('signed out');
        signedOut.signedOut = true;
        throw signedOut;
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var failed = new Error(json.detail || String(response.status));
          failed.status = response.status;
          failed.problem = json;
          throw failed;
        }
        return json;
      });
    }, function (error) {
      clearTimeout(timer);
      error.network = true;
      throw error;
    });
  }

  // --- the phone as an enrolled device: enrolled through the session, renewed in the shift's last hour ---

  function enrol() {
    if (enrolling || navigator.onLine === false || !guardName) {
      return enrolling || Promise.resolve();
    }
    var name = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || 'phone';
    enrolling = send('POST', '/devices', { name: t('deviceName', name) }, null).then(function (answer) {
      device = { id: answer.id, token: answer.token, expiresAt: answer.expiresAt, guard: guardName };
      root.setAttribute('data-device', String(answer.id));
      // The old token, if any, runs out within the hour on its own.
      return offline.store.saveDevice(device).catch(function () {});
    }, function () {
      // Signed out or offline: the phone goes on with the token it has, then the session, then offline.
    }).then(function () {
      enrolling = null;
    });
    return enrolling;
  }

  function renewIfDue() {
    if (!device || Date.parse(device.expiresAt) - Date.now() < RENEW_WITHIN_MS) {
      return enrol();
    }
    return Promise.resolve();
  }

  function forgetDevice(refused) {
    if (device === refused) {
      device = null;
      root.removeAttribute('data-device');
      offline.store.clearDevice().catch(function () {});
    }
  }

  // --- status line: online, bundle age, queue ---

  function showOnline(online) {
    var badge = $('gate-online');
    badge.textContent = online ? t('online') : t('offline');
    badge.className = 'badge ' + (online ? 'text-bg-success' : 'text-bg-danger');
  }

  function showBundle() {
    $('gate-bundle').textContent = bundle ? t('bundleAt', clock(new Date(bundle.issuedAt))) : t('noBundle');
  }

  function showQueue() {
    return offline.store.queued().then(function (scans) {
      var badge = $('gate-queue');
      badge.hidden = scans.length === 0;
      badge.textContent = t('queue', scans.length);
      return scans;
    }, function () { return []; });
  }

  function note(text) {
    var element = $('gate-note');
    element.textContent = text;
    setTimeout(function () {
      if (element.textContent === text) {
        element.textContent = '';
      }
    }, 6000);
  }

  function showCounts() {
    $('gate-count-in').textContent = counts.entered;
    $('gate-count-out').textContent = counts.left;
    $('gate-count-refused').textContent = counts.refused;
  }

  function refreshCounts() {
    return call('GET', '/me').then(function (shift) {
      counts = { entered: shift.entered, left: shift.left, refused: shift.refused };
      showCounts();
    }, function () {});
  }

  function refreshBundle() {
    return call('GET', '/offline-bundle').then(function (fresh) {
      bundle = fresh;
      showOnline(true);
      showBundle();
      return offline.store.saveBundle(fresh).catch(function () {});
    }, function (error) {
      if (error.network) {
        showOnline(false);
      }
    }).then(sync);
  }

  var syncing = false;

  function sync() {
    if (syncing || navigator.onLine === false) {
      return Promise.resolve();
    }
    syncing = true;
    return showQueue().then(function (scans) {
      if (scans.length === 0) {
        return null;
      }
      var batch = scans.slice(0, 500).map(function (s) {
        return { scanId: s.scanId, qrText: s.qrText, direction: s.direction, scannedAt: s.scannedAt, verdict: s.verdict };
      });
      return call('POST', '/scans/sync', batch).then(function (result) {
        showOnline(true);
        return offline.store.remove(batch.map(function (s) { return s.scanId; })).then(function () {
          note(t('synced', result.accepted + result.duplicates));
          return refreshCounts();
        });
      }, function (error) {
        // Scans the server can never take (older than the offline window, a clock far ahead) would block the
        // queue for good: they leave it, the guard is told how many, and the rest goes with the next sync.
        var refused = refusedScans(error, batch);
        if (refused.length === 0) {
          throw error;
        }
        return offline.store.remove(refused).then(function () {
          note(t('syncRefused', refused.length));
        });
      });
    }).catch(function () {}).then(function () {
      syncing = false;
      return showQueue();
    });
  }

  function refusedScans(error, batch) {
    var errors = (error.status === 400 && error.problem && error.problem.errors) || [];
    var ids = [];
    errors.forEach(function (e) {
      var match = /^scans\[(\d+)\]/.exec(e.field || '');
      if (match && batch[+match[1]] && ids.indexOf(batch[+match[1]].scanId) < 0) {
        ids.push(batch[+match[1]].scanId);
      }
    });
    return ids;
  }

  // --- a decoded code ---

  function handle(text, fromCamera) {
    var code = (text || '').trim();
    if (!code) {
      return;
    }
    if (!code.startsWith('FG:')) {
      code = code.toUpperCase().replace(/\s+/g, '');
    }
    var now = Date.now();
    if (busy || (fromCamera && (!$('gate-verdict').hidden || (quietUntil[code] && quietUntil[code] > now)))) {
      return;
    }
    var key = code + '|' + direction;
    var last = recent[key];
    if (last && now - last.at < REPEAT_MS) {
      show(last.view, t('alreadyScanned'), true);
      return;
    }
    busy = true;
    var scan = { scanId: uuid(), qrText: code, direction: direction, scannedAt: new Date(now).toISOString() };
    verifyOnline(scan).then(function (view) {
      // Only a scan that was logged or queued counts as scanned; a short code that could not be checked may be tried again.
      if (view.logged) {
        recent[key] = { at: now, view: view };
      }
      show(view, null, false);
    }).catch(function (error) {
      show({ verdict: 'INVALID', reasonText: t('error', error.message || error) }, null, false);
    }).then(function () {
      busy = false;
    });
  }

  function verifyOnline(scan) {
    if (navigator.onLine === false) {
      return verifyOffline(scan, false);
    }
    return call('POST', '/verify', { qrText: scan.qrText, direction: scan.direction, scanId: scan.scanId })
      .then(function (answer) {
        showOnline(true);
        if (!answer.alreadyScanned && !answer.duplicate) {
          count(answer.verdict, answer.direction);
        }
        setTimeout(refreshCounts, 0);
        sync();
        return {
          verdict: answer.verdict, reasonText: answer.reasonText, holder: answer.holder, enterprise: answer.enterprise,
          passType: answer.passType, validFrom: answer.validFrom, validTo: answer.validTo, direction: answer.direction,
          note: answer.alreadyScanned ? t('alreadyScanned') : null, logged: true
        };
      }, function (error) {
        if (error.network || error.signedOut || (error.status && error.status >= 500)) {
          if (error.network) {
            showOnline(false);
          }
          return verifyOffline(scan, !!error.signedOut);
        }
        throw error;
      });
  }

  function verifyOffline(scan, signedOut) {
    var extra = signedOut ? t('signedOut') : null;
    if (scan.qrText.indexOf('FG:') !== 0) {
      return Promise.resolve({ verdict: 'UNCONFIRMED', reasonText: t('shortCodeOffline'), note: extra,
        direction: scan.direction });
    }
    return bundleLoaded.then(function () {
      return offline.verify(scan.qrText, bundle, Date.now());
    }).then(function (result) {
      var token = result.token;
      var marks = [];
      if (result.bundleMissing) {
        marks.push(t('noBundle'));
      } else if (result.stale) {
        marks.push(t('stale', clock(new Date(bundle.issuedAt)), bundle.maxAgeHours));
      } else {
        marks.push(t('offlineCheck', clock(new Date(bundle.issuedAt))));
      }
      if (extra) {
        marks.push(extra);
      }
      var verdict = result.verdict === 'VALID' ? 'VALID' : 'INVALID';
      scan.verdict = verdict;
      if (token) {
        offline.store.enqueue(scan).then(showQueue, function () {});
        count(result.verdict === 'UNCONFIRMED' ? 'INVALID' : verdict, scan.direction);
      }
      return {
        verdict: result.verdict, reasonText: t('reason.' + result.reason), offline: true, note: marks.join(' · '),
        holder: token && token.holder, enterprise: token && token.enterprise, passType: token && token.type,
        validFrom: token && new Date(token.validFrom * 1000).toISOString(),
        validTo: token && new Date(token.validTo * 1000).toISOString(), direction: scan.direction, logged: !!token
      };
    });
  }

  function count(verdict, way) {
    if (verdict !== 'VALID') {
      counts.refused++;
    } else if (way === 'OUT' || way === 'DEPART') {
      counts.left++;
    } else {
      counts.entered++;
    }
    showCounts();
  }

  // --- the verdict, full screen ---

  function show(view, repeatNote, repeat) {
    var overlay = $('gate-verdict');
    var verdict = view.verdict;
    overlay.className = 'fg-verdict ' + (verdict === 'VALID' ? 'fg-verdict-valid'
      : verdict === 'UNCONFIRMED' ? 'fg-verdict-unconfirmed' : 'fg-verdict-invalid')
      + (repeat ? ' fg-verdict-repeat' : '') + (view.offline ? ' fg-verdict-offline' : '');
    overlay.setAttribute('data-verdict', verdict);
    overlay.setAttribute('data-offline', view.offline ? 'true' : 'false');
    $('gate-verdict-word').textContent = verdict === 'VALID' ? t('valid')
      : verdict === 'UNCONFIRMED' ? t('unconfirmed') : t('invalid');
    $('gate-verdict-reason').textContent = view.reasonText || '';
    $('gate-verdict-note').textContent = [repeatNote, view.note].filter(Boolean).join(' · ');
    var details = $('gate-verdict-details');
    details.textContent = '';
    detail(details, t('holder'), view.holder);
    detail(details, t('enterprise'), view.enterprise);
    detail(details, t('passType'), view.passType ? t('type.' + view.passType) : null);
    detail(details, t('validity'), view.validFrom && view.validTo
      ? day(new Date(view.validFrom)) + ' – ' + day(new Date(view.validTo)) : null);
    detail(details, t('direction'), view.direction ? t('direction.' + view.direction) : null);
    $('gate-verdict-dismiss').textContent = t('dismiss');
    overlay.hidden = false;
    overlay.focus();
    if (!repeat) {
      signal(verdict === 'VALID');
    }
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, repeat ? 2500 : VERDICT_MS);
  }

  function detail(list, term, value) {
    if (!value) {
      return;
    }
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function hide() {
    clearTimeout(hideTimer);
    var overlay = $('gate-verdict');
    if (overlay.hidden) {
      return;
    }
    overlay.hidden = true;
    // The code is likely still in front of the camera: let it go for a moment.
    Object.keys(recent).forEach(function (key) {
      quietUntil[key.split('|')[0]] = Date.now() + 1500;
    });
  }

  function signal(valid) {
    if (navigator.vibrate) {
      try {
        navigator.vibrate(valid ? 120 : [250, 100, 250]);
      } catch (e) { /* not allowed before a tap */ }
    }
    var context = sound();
    if (!context) {
      return;
    }
    var tones = valid ? [[1320, 0, 0.15]] : [[330, 0, 0.22], [330, 0.3, 0.22]];
    tones.forEach(function (tone) {
      var oscillator = context.createOscillator();
      var gain = context.createGain();
      oscillator.type = valid ? 'sine' : 'square';
      oscillator.frequency.value = tone[0];
      gain.gain.value = 0.2;
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start(context.currentTime + tone[1]);
      oscillator.stop(context.currentTime + tone[1] + tone[2]);
    });
  }

  function sound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) {
      try {
        audio = new Context();
      } catch (e) {
        return null;
      }
    }
    if (audio && audio.state === 'suspended') {
      audio.resume().catch(function () {});
    }
    return audio;
  }

  // --- direction, manual entry, camera ---

  function setDirection(way) {
    direction = way;
    root.querySelectorAll('[data-direction]').forEach(function (button) {
      var on = button.getAttribute('data-direction') === way;
      button.classList.toggle('active', on);
      button.classList.toggle('btn-primary', on);
      button.classList.toggle('btn-outline-primary', !on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  root.querySelectorAll('[data-direction]').forEach(function (button) {
    button.addEventListener('click', function () {
      sound();
      setDirection(button.getAttribute('data-direction'));
    });
  });
  if (!root.querySelector('[data-direction="' + direction + '"]')) {
    direction = 'IN';
  }
  setDirection(direction);

  $('gate-manual').addEventListener('submit', function (event) {
    event.preventDefault();
    sound();
    var input = $('gate-code');
    if (!input.value.trim()) {
      input.setAttribute('aria-invalid', 'true');
      input.placeholder = t('noCode');
      return;
    }
    input.removeAttribute('aria-invalid');
    handle(input.value, false);
    input.value = '';
  });

  $('gate-verdict').addEventListener('click', hide);
  $('gate-verdict').addEventListener('keydown', hide);

  var scanner = null;

  function startCamera() {
    var warning = $('gate-https');
    var retry = $('gate-camera');
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.isSecureContext) {
      warning.textContent = t('needsHttps');
      warning.hidden = false;
      return;
    }
    if (!window.Html5Qrcode) {
      return;
    }
    if (!scanner) {
      scanner = new Html5Qrcode('gate-reader', {
        formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], verbose: false
      });
    }
    retry.hidden = true;
    scanner.start({ facingMode: 'environment' }, { fps: 10, disableFlip: true }, function (decoded) {
      // How many codes the camera read, for whoever looks at the page's state (tests, support).
      root.setAttribute('data-decoded', String(Number(root.getAttribute('data-decoded') || 0) + 1));
      handle(decoded, true);
    }, function () {}).catch(function (error) {
      warning.textContent = t('cameraError', (error && (error.name || error.message)) || error);
      warning.hidden = false;
      retry.hidden = false;
    });
  }

  $('gate-camera').addEventListener('click', function () {
    sound();
    $('gate-https').hidden = true;
    startCamera();
  });

  // --- start: bundle from IndexedDB at once, then from the server; the service worker ---

  window.addEventListener('online', function () {
    showOnline(true);
    refreshBundle();
    refreshCounts();
  });
  window.addEventListener('offline', function () {
    showOnline(false);
  });

  showOnline(navigator.onLine !== false);
  showCounts();
  Promise.all([bundleLoaded, deviceLoaded]).then(function () {
    if (device) {
      root.setAttribute('data-device', String(device.id));
    }
    showBundle();
    showQueue();
    refreshBundle();
    refreshCounts();
    renewIfDue();
  });
  setInterval(renewIfDue, 5 * 60 * 1000);
  setInterval(function () {
    if (navigator.onLine !== false) {
      refreshBundle();
    }
  }, BUNDLE_EVERY_MS);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(root.getAttribute('data-sw'), { scope: root.getAttribute('data-scope') })
      .then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        var urls = [root.getAttribute('data-scope')];
        document.querySelectorAll('script[src], link[rel=stylesheet][href], link[rel=icon][href], link[rel=manifest][href]')
          .forEach(function (element) {
            urls.push(element.getAttribute('src') || element.getAttribute('href'));
          });
        if (registration.active) {
          registration.active.postMessage({ type: 'cache', urls: urls });
        }
      }).catch(function () {});
  }

  startCamera();
})();
