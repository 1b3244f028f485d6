import type { Words } from './locale.ts';

/**
 * The dashboard's title, alone in its module: the add-on titles the 看板 sidebar with it on the server,
 * where the rest of the dashboard's words (lib/i18n/dashboard.ts) are not bundled (dashboard.html has them).
 */
export const DASHBOARD_TITLE = { 'zh-Hans': '排查看板', 'zh-Hant': '排查看板', en: 'Screening dashboard' } as const satisfies Words;
