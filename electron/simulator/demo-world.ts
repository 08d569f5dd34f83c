import { systemClock, type Clock } from '../time/clock.ts';
import {
  startAlertmanagerServer,
  type AlertmanagerCall,
  type AlertmanagerServer,
} from './alertmanager/server.ts';
import { DEMO_CREDENTIALS, type DemoEndpoints } from './demo-config.ts';
import {
  startElasticsearchServer,
  type ElasticsearchCall,
  type ElasticsearchServer,
} from './elasticsearch/server.ts';
import type { Interceptor } from './loopback/interceptor.ts';
import {
  startStatusCakeServer,
  type StatusCakeCall,
  type StatusCakeServer,
} from './statuscake/server.ts';
import { startTopdeskServer, type TopdeskCall, type TopdeskServer } from './topdesk/server.ts';

/** The four loopback servers of the demo, speaking the documented APIs. */
export interface DemoWorld {
  readonly topdesk: TopdeskServer;
  readonly statuscake: StatusCakeServer;
  readonly elasticsearch: ElasticsearchServer;
  readonly alertmanager: AlertmanagerServer;
  readonly endpoints: DemoEndpoints;
  /** What the servers read the time from; the scenario driver reads it too. */
  readonly clock: Clock;
  close(): Promise<void>;
}

/** Each server's interceptors: how tests add fault injection to the demo world. */
export interface DemoInterceptors {
  readonly topdesk?: readonly Interceptor<TopdeskCall>[];
  readonly statuscake?: readonly Interceptor<StatusCakeCall>[];
  readonly elasticsearch?: readonly Interceptor<ElasticsearchCall>[];
  readonly alertmanager?: readonly Interceptor<AlertmanagerCall>[];
}

export interface DemoWorldOptions {
  /** The servers' clock (default the system clock): a test plays a whole cycle in seconds. */
  readonly clock?: Clock;
  readonly interceptors?: DemoInterceptors;
}

export async function startDemoWorld(options: DemoWorldOptions = {}): Promise<DemoWorld> {
  const clock = options.clock ?? systemClock;
  const interceptors = options.interceptors ?? {};
  const [topdesk, statuscake, elasticsearch, alertmanager] = await Promise.all([
    startTopdeskServer({
      users: [
        { loginName: DEMO_CREDENTIALS.topdeskUser, password: DEMO_CREDENTIALS.topdeskPassword },
      ],
      clock,
      interceptors: interceptors.topdesk ?? [],
    }),
    startStatusCakeServer({
      token: DEMO_CREDENTIALS.statuscakeToken,
      clock,
      interceptors: interceptors.statuscake ?? [],
    }),
    startElasticsearchServer({
      apiKey: DEMO_CREDENTIALS.elasticsearchApiKey,
      clock,
      interceptors: interceptors.elasticsearch ?? [],
    }),
    startAlertmanagerServer({ clock, interceptors: interceptors.alertmanager ?? [] }),
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
    clock,
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
