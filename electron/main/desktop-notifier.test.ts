import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { NotificationConstructorOptions } from 'electron';
import type { DomainId } from '../../shared/playbook/domains.ts';
import {
  DesktopNotifier,
  MAX_HELD_NOTIFICATIONS,
  type NotificationClass,
} from './desktop-notifier.ts';

function setUp(supported = true) {
  const shown: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported = () => supported;
    readonly options: NotificationConstructorOptions;
    constructor(options: NotificationConstructorOptions) {
      super();
      this.options = options;
    }
    show() {
      shown.push(this);
    }
  }
  const opened: DomainId[] = [];
  const logs: string[] = [];
  const notifier = new DesktopNotifier({
    Notification: FakeNotification as unknown as NotificationClass,
    showDomain: (domain) => opened.push(domain),
    log: (line) => logs.push(line),
  });
  return { notify: notifier.notify, notifier, shown, opened, logs };
}

const ALERT = {
  title: 'Website kritiek',
  body: 'Inlogpagina is al 3 minuten onbereikbaar',
  domain: 'website' as const,
  sound: false,
};

describe('createDesktopNotifier', () => {
  it('shows the alert’s title and body, silent unless it asks for sound', () => {
    const { notify, shown } = setUp();
    notify(ALERT);
    notify({ ...ALERT, sound: true });
    assert.deepEqual(
      shown.map((notification) => notification.options),
      [
        { title: ALERT.title, body: ALERT.body, silent: true },
        { title: ALERT.title, body: ALERT.body, silent: false },
      ],
    );
  });

  it('opens the coordinator on the alert’s domain when clicked', () => {
    const { notify, shown, opened } = setUp();
    notify(ALERT);
    notify({ ...ALERT, domain: 'security' });
    shown[1]?.emit('click', {});
    shown[0]?.emit('click', {});
    assert.deepEqual(opened, ['security', 'website']);
  });

  it('holds every notification it showed until clicked or closed (electron/electron#16922)', () => {
    const { notify, notifier, shown } = setUp();
    notify(ALERT);
    notify(ALERT);
    assert.equal(notifier.holding, 2);
    shown[0]?.emit('click', {});
    assert.equal(notifier.holding, 1);
    shown[1]?.emit('close', {});
    assert.equal(notifier.holding, 0);
  });

  it('lets the oldest go past its limit, where the OS never says "closed"', () => {
    const { notify, notifier } = setUp();
    for (let i = 0; i < MAX_HELD_NOTIFICATIONS + 10; i++) notify(ALERT);
    assert.equal(notifier.holding, MAX_HELD_NOTIFICATIONS);
  });

  it('shows nothing where the OS has no notifications, and says so once', () => {
    const { notify, shown, logs } = setUp(false);
    notify(ALERT);
    notify(ALERT);
    assert.deepEqual(shown, []);
    assert.deepEqual(logs, [
      'Dijkwacht: this desktop shows no notifications; alerts appear only in the app',
    ]);
  });
});
