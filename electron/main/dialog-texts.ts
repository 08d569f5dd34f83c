import type { MenuLanguage } from './app-menu.ts';

/** The texts of main's own dialogs, in the menu's language (the OS's). */
export const DIALOG_TEXTS = {
  nl: {
    openTitle: 'Configuratie openen',
    configFiles: 'Dijkwacht-configuratie',
    invalid: (file: string) => `De configuratie ${file} is niet bruikbaar`,
    keptRunning: 'Dijkwacht blijft draaien op de configuratie die het had.',
    created: (file: string) => `Een startconfiguratie staat nu in ${file}`,
    createdDetail:
      'Vul er je eigen bronnen in en kies het bestand daarna met Bestand > Configuratie openen…',
    exists: (file: string) => `Er staat al een configuratie in ${file}`,
    existsDetail: 'Die is niet overschreven.',
    cannotStart: 'Dijkwacht kan niet starten',
    unusable: 'De configuratie waarmee Dijkwacht startte, is niet bruikbaar',
    openOther: 'Andere configuratie openen…',
    startDemo: 'Demo starten',
    quit: 'Stoppen',
    ok: 'OK',
  },
  en: {
    openTitle: 'Open configuration',
    configFiles: 'Dijkwacht configuration',
    invalid: (file: string) => `The configuration ${file} cannot be used`,
    keptRunning: 'Dijkwacht keeps running on the configuration it had.',
    created: (file: string) => `A starter configuration is now in ${file}`,
    createdDetail: 'Fill in your own sources, then choose the file with File > Open configuration…',
    exists: (file: string) => `There is a configuration in ${file} already`,
    existsDetail: 'It was not overwritten.',
    cannotStart: 'Dijkwacht cannot start',
    unusable: 'The configuration Dijkwacht started with cannot be used',
    openOther: 'Open another configuration…',
    startDemo: 'Start the demo',
    quit: 'Quit',
    ok: 'OK',
  },
} as const satisfies Record<MenuLanguage, Record<string, unknown>>;
