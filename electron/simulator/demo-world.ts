import { startAlertmanagerServer, type AlertmanagerServer } from './servers/alertmanager-server.ts';
import {
  startElasticsearchServer,
  type ElasticsearchServer,
} from './servers/elasticsearch-server.ts';
import { startStatusCakeServer, type StatusCakeServer } from './servers/statuscake-server.ts';
import { startTopdeskServer, type TopdeskServer } from './servers/topdesk-server.ts';
import { DEMO_CREDENTIALS, type DemoEndpoints } from './demo-config.ts';

/** The four loopback servers of the demo, speaking the documented APIs. */
export interface DemoWorld {
  readonly topdesk: TopdeskServer;
  readonly statuscake: StatusCakeServer;
  readonly elasticsearch: ElasticsearchServer;
  readonly alertmanager: AlertmanagerServer;
  readonly endpoints: DemoEndpoints;
  close(): Promise<void>;
}

export interface DemoWorldOptions {
  /** The servers' clock (default the wall clock): a test plays a whole cycle in seconds. */
  readonly now?: () => Date;
}

export async function startDemoWorld(options: DemoWorldOptions = {}): Promise<DemoWorld> {
  const now = options.now ?? (() => new Date());
  const [topdesk, statuscake, elasticsearch, alertmanager] = await Promise.all([
    startTopdeskServer({
      users: [
        { loginName: DEMO_CREDENTIALS.topdeskUser, password: DEMO_CREDENTIALS.topdeskPassword },
      ],
      now,
    }),
    startStatusCakeServer({
      token: DEMO_CREDENTIALS.statuscakeToken,
      now: () => now().getTime(),
    }),
    startElasticsearchServer({ apiKey: DEMO_CREDENTIALS.elasticsearchApiKey, now }),
    startAlertmanagerServer({ now }),
  ]);
  return {
    topdesk,
    statuscake,
    elasticsearch,
    alertmanager,
    endpoints: {
      topdesk: topdesk.url,
      statuscake: statuscake.url,
      elasticsearch: elasticsearch.url,
      alertmanager: alertmanager.url,
    },
    close: async () => {
      await Promise.all([
        topdesk.close(),
        statuscake.close(),
        elasticsearch.close(),
        alertmanager.close(),
      ]);
    },
  };
}
