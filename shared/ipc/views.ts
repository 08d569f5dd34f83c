/**
 * The app's views, named once: main opens a window on one (`?view=`, `--wall`), the renderer
 * shows it, the browser tests ask for it. The wall, the coordinator's desk, and the desk's
 * timeline (with the export).
 */
export const viewNames = ['wall', 'coordinator', 'timeline'] as const;
export type ViewName = (typeof viewNames)[number];

/** Where the app opens when nobody asked for a view: the coordinator's desk. */
export const DEFAULT_VIEW: ViewName = 'coordinator';
