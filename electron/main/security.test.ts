import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isPermissionAllowed,
  isTrustedSender,
  lockDownContents,
  restrictPermissions,
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

describe('isPermissionAllowed', () => {
  const APP = 'app://dijkwacht/index.html?view=coordinator';
  const page = { url: APP, isMainFrame: true };

  it('allows notifications to the app’s own top-level page', () => {
    assert.equal(isPermissionAllowed('notifications', page), true);
    assert.equal(
      isPermissionAllowed('notifications', { ...page, origin: 'app://dijkwacht' }),
      true,
    );
  });

  for (const permission of [
    'media',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'display-capture',
    'unknown',
    'Notifications',
  ])
    it(`refuses ${permission}, even to the app`, () =>
      assert.equal(isPermissionAllowed(permission, page), false));

  const strangers: [string, Parameters<typeof isPermissionAllowed>[1]][] = [
    ['an iframe of the app', { url: APP, isMainFrame: false }],
    ['a web page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a look-alike host', { url: 'app://dijkwacht.evil/index.html', isMainFrame: true }],
    ['another app:// host', { url: 'app://evil/index.html', isMainFrame: true }],
    ['a file:// page', { url: 'file:///opt/dijkwacht/index.html', isMainFrame: true }],
    ['a data: page', { url: 'data:text/html,hi', isMainFrame: true }],
    ['no document (a worker)', { url: undefined, isMainFrame: false }],
    ['no URL at all', { url: undefined, isMainFrame: true }],
    ['a foreign requesting origin', { ...page, origin: 'https://evil.example' }],
    ['an embedded cross-origin frame', { ...page, embeddingOrigin: 'https://evil.example' }],
  ];
  for (const [name, requester] of strangers)
    it(`refuses notifications to ${name}`, () =>
      assert.equal(isPermissionAllowed('notifications', requester), false));
});

describe('restrictPermissions', () => {
  function install() {
    let requestHandler:
      | ((
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: unknown,
        ) => void)
      | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    };
    restrictPermissions(session as unknown as Session);
    const request = (permission: string, details: unknown) => {
      const answers: boolean[] = [];
      requestHandler?.({}, permission, (granted) => answers.push(granted), details);
      return answers;
    };
    const check = (permission: string, origin: string, details: unknown) =>
      checkHandler?.(null, permission, origin, details);
    return { request, check };
  }
  const APP = { requestingUrl: 'app://dijkwacht/index.html', isMainFrame: true };

  it('answers requests: notifications for the app, false for the rest', () => {
    const { request } = install();
    assert.deepEqual(request('notifications', APP), [true]);
    assert.deepEqual(request('media', APP), [false]);
    assert.deepEqual(
      request('notifications', { requestingUrl: 'https://evil.example/', isMainFrame: true }),
      [false],
    );
    assert.deepEqual(request('notifications', { ...APP, isMainFrame: false }), [false]);
  });

  it('answers checks the same way, with the requesting origin checked too', () => {
    const { check } = install();
    assert.equal(check('notifications', 'app://dijkwacht', APP), true);
    assert.equal(check('geolocation', 'app://dijkwacht', APP), false);
    assert.equal(check('notifications', 'https://evil.example', APP), false);
    assert.equal(
      check('notifications', 'app://dijkwacht', { ...APP, embeddingOrigin: 'https://x.example' }),
      false,
    );
    assert.equal(check('notifications', 'app://dijkwacht', { isMainFrame: true }), false);
  });
});
