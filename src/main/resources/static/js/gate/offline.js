// The gate's offline check: reads a pass token (docs/pass-format.md), verifies its
// signature with WebCrypto against the cached offline bundle, and keeps that bundle
// and the scans waiting to sync in IndexedDB. No network, no server.
(function (global) {
  'use strict';

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  var SIGNATURE_BYTES = 64;
  var FIXED_BYTES = 31;

  function base32Decode(body) {
    if (!/^[A-Z2-7]+$/.test(body)) {
      return null;
    }
    var bytes = [];
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < body.length; i++) {
      buffer = (buffer << 5) | ALPHABET.indexOf(body.charAt(i));
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buffer >>> bits) & 0xff);
        buffer &= (1 << bits) - 1;
      }
    }
    // One text per token: leftover bits must be zero and no whole character may be left over.
    if (bits >= 5 || buffer !== 0) {
      return null;
    }
    return new Uint8Array(bytes);
  }

  function readShortString(view, bytes, at, utf8) {
    if (at >= bytes.length) {
      return null;
    }
    var length = bytes[at];
    if (at + 1 + length > bytes.length) {
      return null;
    }
    var slice = bytes.subarray(at + 1, at + 1 + length);
    var text;
    try {
      text = utf8 ? new TextDecoder('utf-8', { fatal: true }).decode(slice) : String.fromCharCode.apply(null, slice);
    } catch (e) {
      return null;
    }
    return { text: text, next: at + 1 + length };
  }

  function uint64(view, at) {
    return view.getUint32(at) * 4294967296 + view.getUint32(at + 4);
  }

  /** The token taken apart, or null when it is malformed. */
  function decode(text) {
    if (typeof text !== 'string') {
      return null;
    }
    var trimmed = text.trim();
    if (trimmed.indexOf('FG:') !== 0 || trimmed.length > 1000) {
      return null;
    }
    var all = base32Decode(trimmed.substring(3));
    if (!all || all.length < FIXED_BYTES + 3 + SIGNATURE_BYTES) {
      return null;
    }
    var payload = all.subarray(0, all.length - SIGNATURE_BYTES);
    var signature = all.subarray(all.length - SIGNATURE_BYTES);
    var view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    if (payload[0] !== 1) {
      return null;
    }
    var type = payload[1];
    if (type !== 1 && type !== 2) {
      return null;
    }
    var scope = payload[22];
    if (scope > 3) {
      return null;
    }
    var kid = readShortString(view, payload, FIXED_BYTES, false);
    if (!kid || kid.text.length === 0) {
      return null;
    }
    var holder = readShortString(view, payload, kid.next, true);
    if (!holder) {
      return null;
    }
    var enterprise = readShortString(view, payload, holder.next, true);
    if (!enterprise || enterprise.next !== payload.length) {
      return null;
    }
    var district = view.getUint32(18);
    return {
      type: type === 1 ? 'WORKER' : 'VEHICLE',
      passId: uint64(view, 2),
      enterpriseId: uint64(view, 10),
      district: district === 0 ? null : String(district),
      scope: scope,
      validFrom: view.getUint32(23),
      validTo: view.getUint32(27),
      kid: kid.text,
      holder: holder.text,
      enterprise: enterprise.text,
      payload: payload,
      signature: signature
    };
  }

  var importedKeys = {};

  function publicKey(entry) {
    var cacheKey = entry.kid + ':' + entry.jwk.x + ':' + entry.jwk.y;
    if (!importedKeys[cacheKey]) {
      importedKeys[cacheKey] = crypto.subtle.importKey('jwk',
        { kty: 'EC', crv: 'P-256', x: entry.jwk.x, y: entry.jwk.y, ext: true },
        { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    }
    return importedKeys[cacheKey];
  }

  function inScope(token, checkpoint) {
    if (token.type !== 'VEHICLE' || token.scope === 3 || token.scope === 0) {
      return true;
    }
    var region = (checkpoint && checkpoint.regionCode) || '';
    var district = token.district || '';
    if (!region || !district) {
      return false;
    }
    if (token.scope === 1) {
      return region.indexOf(district) === 0;
    }
    return region.substring(0, 2) === district.substring(0, 2);
  }

  /**
   * The offline verdict of a token against a bundle, as of nowMillis:
   * {verdict: VALID, INVALID or UNCONFIRMED, reason, token, stale}. Never throws.
   */
  function verify(text, bundle, nowMillis) {
    var token = decode(text);
    var issuedAt = bundle ? Date.parse(bundle.issuedAt) : NaN;
    var maxAgeHours = bundle && bundle.maxAgeHours ? bundle.maxAgeHours : 12;
    var stale = !bundle || isNaN(issuedAt) || nowMillis - issuedAt > maxAgeHours * 3600 * 1000;
    function answer(reason) {
      var verdict = reason === 'OK' ? 'VALID' : 'INVALID';
      return { verdict: stale ? 'UNCONFIRMED' : verdict, reason: reason, token: token, stale: stale,
        bundleMissing: !bundle };
    }
    if (!token) {
      return Promise.resolve(answer('MALFORMED'));
    }
    if (!bundle) {
      return Promise.resolve(answer('UNKNOWN_KEY'));
    }
    var entry = (bundle.keys || []).filter(function (k) {
      return k.kid === token.kid && k.jwk;
    })[0];
    if (!entry) {
      return Promise.resolve(answer('UNKNOWN_KEY'));
    }
    // Inside a promise: without WebCrypto (an insecure page) importKey throws, which must read as "not verified".
    return Promise.resolve().then(function () {
      return publicKey(entry);
    }).then(function (key) {
      return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, token.signature, token.payload);
    }).then(function (genuine) {
      if (!genuine) {
        return answer('BAD_SIGNATURE');
      }
      if ((bundle.revoked || []).some(function (id) { return Number(id) === token.passId; })) {
        return answer('REVOKED');
      }
      var now = Math.floor(nowMillis / 1000);
      if (now < token.validFrom) {
        return answer('NOT_YET_VALID');
      }
      if (now >= token.validTo) {
        return answer('EXPIRED');
      }
      if ((bundle.suspended || []).some(function (id) { return Number(id) === token.enterpriseId; })) {
        return answer('ENTERPRISE_SUSPENDED');
      }
      if (!inScope(token, bundle.checkpoint)) {
        return answer('OUT_OF_SCOPE');
      }
      return answer('OK');
    }, function () {
      return answer('BAD_SIGNATURE');
    });
  }

  // IndexedDB: the current bundle, the queue of offline scans by scan id, and this phone's device token
  // (never in a cookie or a URL).
  var DB_NAME = 'fugong-gate';
  var opening = null;

  function db() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        if (!global.indexedDB) {
          reject(new Error('no IndexedDB'));
          return;
        }
        var request = indexedDB.open(DB_NAME, 2);
        request.onupgradeneeded = function () {
          var database = request.result;
          if (!database.objectStoreNames.contains('bundle')) {
            database.createObjectStore('bundle');
          }
          if (!database.objectStoreNames.contains('queue')) {
            database.createObjectStore('queue', { keyPath: 'scanId' });
          }
          if (!database.objectStoreNames.contains('device')) {
            database.createObjectStore('device');
          }
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opening;
  }

  function run(store, mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var tx = database.transaction(store, mode);
        var result = work(tx.objectStore(store));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  var store = {
    saveBundle: function (bundle) {
      return run('bundle', 'readwrite', function (s) { return s.put(bundle, 'current'); });
    },
    loadBundle: function () {
      return run('bundle', 'readonly', function (s) { return s.get('current'); });
    },
    enqueue: function (scan) {
      return run('queue', 'readwrite', function (s) { return s.put(scan); });
    },
    queued: function () {
      return run('queue', 'readonly', function (s) { return s.getAll(); });
    },
    saveDevice: function (device) {
      return run('device', 'readwrite', function (s) { return s.put(device, 'current'); });
    },
    loadDevice: function () {
      return run('device', 'readonly', function (s) { return s.get('current'); });
    },
    clearDevice: function () {
      return run('device', 'readwrite', function (s) { return s.delete('current'); });
    },
    remove: function (scanIds) {
      return run('queue', 'readwrite', function (s) {
        scanIds.forEach(function (id) { s.delete(id); });
        return null;
      });
    }
  };

  global.FugongGateOffline = { decode: decode, verify: verify, base32Decode: base32Decode, store: store };
})(window);
