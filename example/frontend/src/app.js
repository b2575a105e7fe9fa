// The mini-app. CONFIG (API base URL, WebSocket URL, version, feature flags) is
// prepended by build.py at image build time; blocks between "@feature NAME" and
// "@end" comments are removed when that flag is off.
(function () {
  'use strict';

  var tg = window.Telegram && window.Telegram.WebApp;
  if (tg) {
    tg.ready();
    tg.expand();
  }

  var statusEl = document.getElementById('status');
  function status(text) {
    statusEl.textContent = text;
  }

  function api(path, options) {
    return fetch(CONFIG.apiBaseUrl + path, options).then(function (res) {
      if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
      return res.status === 204 ? null : res.json();
    });
  }

  /* @feature items */
  var list = document.getElementById('items');
  function render(items) {
    list.innerHTML = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = '#' + item.id + ' ' + item.name;
      list.appendChild(li);
    });
  }
  function refresh() {
    return api('/items').then(render).catch(function (err) {
      status('Could not load items: ' + err.message);
    });
  }
  document.getElementById('items-section').hidden = false;
  document.getElementById('add-item').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = document.getElementById('item-name');
    api('/items', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: input.value }),
    })
      .then(function () {
        input.value = '';
        return refresh();
      })
      .catch(function (err) {
        status('Could not add: ' + err.message);
      });
  });
  refresh();
  /* @end */

  /* @feature websocket */
  var log = document.getElementById('ws-log');
  var wsUrl = CONFIG.wsUrl.indexOf('/') === 0
    ? (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + CONFIG.wsUrl
    : CONFIG.wsUrl;
  var socket = new WebSocket(wsUrl);
  socket.addEventListener('message', function (ev) {
    log.textContent += '< ' + ev.data + '\n';
  });
  socket.addEventListener('close', function () {
    status('Live channel closed.');
  });
  document.getElementById('ws-section').hidden = false;
  document.getElementById('ws-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = document.getElementById('ws-text');
    socket.send(input.value);
    log.textContent += '> ' + input.value + '\n';
    input.value = '';
  });
  /* @end */

  /* @feature debug */
  console.log('mini-app config', CONFIG);
  /* @end */

  api('/version')
    .then(function (v) {
      document.getElementById('version').textContent = 'app ' + CONFIG.version + ' / api ' + v.version;
    })
    .catch(function () {});
})();
