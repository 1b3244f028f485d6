import type { Words } from './locale.ts';

// What a failed Sheets API call means to the person running paicha (src/google/errors.ts), with the
// parameters each names: the spreadsheet {id}, the {account} to share it with, the API's own {detail}.
export const REMOTE_WORDS = {
  unreachable: {
    'zh-Hans': '连不上 Google Sheets API（{code}）{tries}：请检查网络后再试',
    'zh-Hant': '連不上 Google Sheets API（{code}）{tries}：請檢查網路後再試',
    en: 'could not reach the Google Sheets API ({code}){tries}: check the network and try again',
  },
  notSignedIn: {
    'zh-Hans':
      '没有登录 Google：请把 GOOGLE_APPLICATION_CREDENTIALS 设为服务账号密钥文件，或运行 `gcloud auth application-default login`，或设置 GOOGLE_OAUTH_ACCESS_TOKEN（一小时后过期）{detail}',
    'zh-Hant':
      '沒有登入 Google：請把 GOOGLE_APPLICATION_CREDENTIALS 設為服務帳戶金鑰檔案，或執行 `gcloud auth application-default login`，或設定 GOOGLE_OAUTH_ACCESS_TOKEN（一小時後過期）{detail}',
    en: 'not signed in to Google: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file, run `gcloud auth application-default login`, or set GOOGLE_OAUTH_ACCESS_TOKEN (tokens expire after an hour){detail}',
  },
  other: { 'zh-Hans': '{id}：{detail}', 'zh-Hant': '{id}：{detail}', en: '{id}: {detail}' },
  refused: {
    'zh-Hans': '{id}：Sheets API 拒绝了请求：{detail}',
    'zh-Hant': '{id}：Sheets API 拒絕了請求：{detail}',
    en: '{id}: the Sheets API refused the request: {detail}',
  },
  noAccess: {
    'zh-Hans': '无权打开表格 {id}：请把表格共享给 {account}（或换一个能打开它的账号）',
    'zh-Hant': '無權開啟試算表 {id}：請把試算表共用給 {account}（或換一個能開啟它的帳戶）',
    en: 'no access to spreadsheet {id}: share the spreadsheet with {account} (or use an account that can open it)',
  },
  notFound: {
    'zh-Hans': '没有 ID 为 {id} 的表格：请检查 ID 或网址',
    'zh-Hant': '沒有 ID 為 {id} 的試算表：請檢查 ID 或網址',
    en: 'no spreadsheet with id {id}: check the id or URL',
  },
  quota: {
    'zh-Hans': '{id}：Sheets API 配额已用完{tries}；请等一分钟，或调低 --concurrency 或 PAICHA_READS_PER_MINUTE',
    'zh-Hant': '{id}：Sheets API 配額已用完{tries}；請等一分鐘，或調低 --concurrency 或 PAICHA_READS_PER_MINUTE',
    en: '{id}: the Sheets API quota is used up{tries}; wait a minute, or lower --concurrency or PAICHA_READS_PER_MINUTE',
  },
  failed: {
    'zh-Hans': '{id}：Sheets API 出错（{status} {detail}）{tries}；请稍后再试',
    'zh-Hant': '{id}：Sheets API 出錯（{status} {detail}）{tries}；請稍後再試',
    en: '{id}: the Sheets API failed ({status} {detail}){tries}; try again later',
  },
  status: { 'zh-Hans': '{id}：{status} {detail}', 'zh-Hant': '{id}：{status} {detail}', en: '{id}: {status} {detail}' },
  /** Put into {tries} when a failure was retried. */
  tries: { 'zh-Hans': '（已试 {n} 次）', 'zh-Hant': '（已試 {n} 次）', en: ' after {n} attempts' },
  /** Put into {detail} of notSignedIn when the client said why. */
  because: { 'zh-Hans': '（{detail}）', 'zh-Hant': '（{detail}）', en: ' ({detail})' },
} as const satisfies Record<string, Words>;

export type RemoteWhy = Exclude<keyof typeof REMOTE_WORDS, 'tries' | 'because'>;
