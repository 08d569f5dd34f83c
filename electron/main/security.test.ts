import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  isTrustedSender,
  lockDownContents,
  secureWebPreferences,
} from './security.ts';

describe('isTrustedSender', () => {
  const top = (url: string) => ({ url, parent: null });
  const trusted = [
    'app://dijkwacht/index.html',
    'app://dijkwacht/index.html?view=wall',
    'app://dijkwacht/',
    'app://dijkwacht',
  ];
  for (const url of trusted)
    it(`accepts the top frame at ${url}`, () => assert.equal(isTrustedSender(top(url)), true));

  const untrusted: [string, { url: string; parent: unknown } | null | undefined][] = [
    [
      'an iframe of the app (parent set)',
      { url: 'app://dijkwacht/index.html', parent: { url: 'app://dijkwacht/index.html' } },
    ],
    ['file://', top('file:///opt/dijkwacht/index.html')],
    ['https://evil', top('https://evil.example/index.html')],
    ['http://dijkwacht', top('http://dijkwacht/index.html')],
    ['another app:// host', top('app://evil/index.html')],
    ['a look-alike host', top('app://dijkwacht.evil/index.html')],
    ['credentials before the host', top('app://dijkwacht@evil/index.html')],
    ['a port', top('app://dijkwacht:8080/index.html')],
    ['about:blank', top('about:blank')],
    ['data:', top('data:text/html,<script>1</script>')],
    ['an empty URL', top('')],
    ['a malformed URL', top('app://[dijkwacht/')],
    ['a relative URL', top('/index.html')],
    ['no frame (destroyed)', null],
    ['undefined', undefined],
  ];
  for (const [name, frame] of untrusted)
    it(`rejects ${name}`, () => assert.equal(isTrustedSender(frame), false));

  it('builds the entry URL on the trusted origin', () => {
    assert.equal(APP_ORIGIN, 'app://dijkwacht');
    assert.equal(APP_ENTRY_URL, 'app://dijkwacht/index.html');
    assert.equal(isTrustedSender(top(APP_ENTRY_URL)), true);
  });
});

describe('secureWebPreferences', () => {
  it('turns every isolation setting on and every Node or legacy feature off', () => {
    const preferences = secureWebPreferences('/app/preload/index.cjs');
    assert.deepEqual(
      { ...preferences },
      {
        preload: '/app/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
      },
    );
    assert.ok(Object.isFrozen(preferences));
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself and no network', () => {
    assert.equal(
      CONTENT_SECURITY_POLICY,
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });
});

describe('lockDownContents', () => {
  function fakeContents() {
    const handlers = new Map<
      string,
      (event: { preventDefault(): void }, ...args: unknown[]) => void
    >();
    let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on(event: string, handler: (event: { preventDefault(): void }) => void) {
        assert.ok(!handlers.has(event), `${event} registered twice`);
        handlers.set(event, handler);
        return contents;
      },
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        windowOpenHandler = handler;
      },
    };
    lockDownContents(contents as unknown as WebContents);
    return { handlers, openWindow: (url: string) => windowOpenHandler?.({ url }) };
  }

  for (const event of [
    'will-navigate',
    'will-frame-navigate',
    'will-redirect',
    'will-attach-webview',
  ]) {
    it(`prevents ${event}`, () => {
      const { handlers } = fakeContents();
      let prevented = 0;
      handlers.get(event)?.({ preventDefault: () => prevented++ }, 'https://evil.example');
      assert.equal(prevented, 1);
    });
  }

  it('registers exactly those four events', () => {
    assert.deepEqual([...fakeContents().handlers.keys()].sort(), [
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
  });

  it('denies every new window', () => {
    const { openWindow } = fakeContents();
    for (const url of ['https://evil.example', 'app://dijkwacht/index.html', 'about:blank'])
      assert.deepEqual(openWindow(url), { action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  it('answers false to every permission request and check', () => {
    let requestHandler:
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const answers: boolean[] = [];
      requestHandler?.({}, permission, (granted) => answers.push(granted));
      assert.deepEqual(answers, [false], permission);
      assert.equal(checkHandler?.({}, permission, 'app://dijkwacht', {}), false, permission);
    }
  });
});
