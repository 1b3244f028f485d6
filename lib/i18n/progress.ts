import type { Words } from './locale.ts';

/** The progress line the CLI shows on a terminal during a long run. {elapsed} is whole seconds. */
export const PROGRESS_WORDS = {
  reading: { 'zh-Hans': '正在读取 {file}（{size}）', 'zh-Hant': '正在讀取 {file}（{size}）', en: 'reading {file} ({size})' },
  tallying: { 'zh-Hans': '正在核对和统计 {rows} 行', 'zh-Hant': '正在核對和統計 {rows} 列', en: 'checking and tallying {rows} rows' },
  writing: { 'zh-Hans': '正在写入 {file}', 'zh-Hant': '正在寫入 {file}', en: 'writing {file}' },
  spreadsheets: {
    'zh-Hans': '已读取 {done}/{total} 个表格',
    'zh-Hant': '已讀取 {done}/{total} 個試算表',
    en: '{done}/{total} spreadsheets read',
  },
  failed: { 'zh-Hans': '（{n} 个失败）', 'zh-Hant': '（{n} 個失敗）', en: ' ({n} failed)' },
  elapsed: { 'zh-Hans': '{line}… {elapsed} 秒', 'zh-Hant': '{line}… {elapsed} 秒', en: '{line}… {elapsed} s' },
} as const satisfies Record<string, Words>;
