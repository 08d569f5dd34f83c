import { z } from 'zod';

/** Text in both languages the app speaks; Dutch is the playbook's own language. */
export const bilingualSchema = z.strictObject({
  nl: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

export type Language = keyof Bilingual;
export const languages: readonly Language[] = ['nl', 'en'];
