// What `paicha --help` and `paicha COMMAND --help` print. Kept beside the option table in args.ts.
export const HELP: Record<string, string> = {
  main: `paicha — check and tally a door-to-door screening register and a donation ledger

Usage: paicha COMMAND [options]

Commands:
  tally FILE...   validate, tally and write the summary sheets to a new workbook
  check FILE...   list the problems volunteers must fix (exit 1 when there are errors)
  report FILE...  print the daily report, ready to paste into the group chat
  init FILE       write an empty register template (headers, status drop-down, frozen header)
  demo            generate the example workbook, tally it and print the summary
  rollup ID...    add up many spreadsheets into one view (see paicha rollup --help)
  addon [DIR]     write the Google Sheets add-on as files to paste into Extensions → Apps Script

FILE is an .xlsx, .xls, .csv or .tsv file, or a Google spreadsheet URL or id.
Exit codes: 0 ok, 1 the data has errors (or a spreadsheet of a rollup failed), 2 usage or I/O error.
Run paicha COMMAND --help for a command's options.`,
  tally: `Usage: paicha tally FILE... [--json] [--html] [--out FILE] [--in-place] [--locale zh-Hans|zh-Hant|en]

Validates every sheet whose header row paicha recognizes (households, donations, a visit log, shop
checks, duty logs, people under watch and their health checks, in any of the files), tallies them and
writes the generated sheets (汇总-住户, 待跟进, 进度, 汇总-捐赠, 公示-捐赠, 门店日报, 台账汇总, 汇总-重点人员, 今日随访,
问题清单, 日报) to a NEW workbook beside the first input (NAME.paicha.xlsx). The input is never rewritten.
FILE may be a Google spreadsheet URL or id: it is only read, and the new workbook is TITLE.paicha.xlsx
in the current folder, unless --write puts the generated sheets into the spreadsheet itself.

Options:
  --json               print the result as JSON (the result contract) instead of a summary; with
                       --json, a workbook is written only when --out names one
  --html               also write the dashboard page NAME.paicha.html beside the first input
                       (TITLE.paicha.html here for a Google spreadsheet): no script, nothing from the
                       network, opens offline and prints on A4; counts, amounts and places only.
                       With --json, the page is the only file written (unless --out names a workbook)
  -o, --out FILE       where to write the generated sheets (.xlsx)
  --in-place           add the generated sheets to the input .xlsx itself (one file only); paicha first
                       says what ExcelJS cannot keep (charts, images, pivot tables...)
  --write              with a Google spreadsheet: write the generated sheets into it (only sheets
                       paicha created are ever rewritten; your own sheets and cells are never touched)
  --locale L           language of messages and generated sheets: zh-Hans (default; a spreadsheet's
                       own locale otherwise), zh-Hant, en
  --as-of YYYY-MM-DD   the day of the tally, or a day and time (2020-02-01T23:00) (default: today in
                       Asia/Shanghai, or in the spreadsheet's time zone)
  --column H=FIELD     treat header H as FIELD (repeatable), e.g. --column "楼栋编号=building"
  --max-problems N     list at most N problems (counts are never capped; default 5000)
  --max-donation YUAN  the most one donation may be (default 100000000, 1亿): a row above it, or with
                       an amount shaped like a phone or ID number, is an error and stays out of the totals
  --cutoff HH:MM        the day's reporting deadline of shops and duty logs (default 20:00): later is late;
                       with --as-of at or before it, the report says who is still due tonight
  --watch-days N       days a person under watch is watched, the start day being day 1 (default 14)
Google spreadsheets: credentials from GOOGLE_APPLICATION_CREDENTIALS (service-account key),
Application Default Credentials, or GOOGLE_OAUTH_ACCESS_TOKEN; share the spreadsheet with that account.
Exit codes: 0 ok, 1 the data has errors, 2 usage or I/O error.`,
  check: `Usage: paicha check FILE... [--json] [--locale L] [--write]

Prints every problem with its sheet, row, column, the value and what to do. Writes nothing
(with a Google spreadsheet, --write writes the 问题清单 sheet into it).
Options: --json, --locale, --as-of, --column, --max-problems, --max-donation, --cutoff (as for tally).
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.`,
  report: `Usage: paicha report FILE... [--locale L] [--as-of YYYY-MM-DD]

Prints the daily report: counts, rates and totals only, no names, phones or ID numbers.
Exit codes: 0 ok, 2 usage or I/O error.`,
  init: `Usage: paicha init FILE [--locale L] [--force]

Writes an empty household register and visit log (.xlsx): the header rows, drop-downs of status
words, room and phone columns kept as text, the header rows frozen. Refuses to overwrite FILE unless --force.
Exit codes: 0 ok, 2 usage or I/O error.`,
  demo: `Usage: paicha demo [--out DIR] [--locale L] [--json]

Generates the example workbook (the story of 4 groups, 4 compounds and 719 households, plus a donation
ledger) from a fixed seed, tallies it, writes DIR/paicha-demo.xlsx, DIR/paicha-demo.paicha.xlsx and
the dashboard DIR/paicha-demo.paicha.html (default DIR: ./out) and prints a readable summary.
Exit codes: 0 ok, 2 I/O error.`,
  addon: `Usage: paicha addon [DIR] [--locale zh-Hans|zh-Hant|en]

Writes the Google Sheets add-on into DIR (default: ./paicha-addon) as the files a person pastes into
the spreadsheet's Extensions → Apps Script: paicha.gs, paicha-core.gs and appsscript.json, plus
README.txt with the steps in Chinese and English. Prints each file's size and the steps in --locale.
The same files are what npm run build writes to dist/addon and what clasp push sends.
Exit codes: 0 ok, 2 usage or I/O error.`,
  rollup: `Usage: paicha rollup ID... | --list FILE [--out FILE | --write ID] [--json] [--concurrency N]

Reads many Google spreadsheets (ids or URLs; --list reads them from a file, one a line, # comments
allowed), tallies each and prints one combined view: a row per spreadsheet and grand totals. A
spreadsheet that fails is reported and the others still count.

Options:
  -o, --out FILE       also write the combined view (sheet 汇总-全区) to a new .xlsx
  --write ID           also write it into that Google spreadsheet (its own sheets are never touched)
  --json               print {spreadsheets: [{id, title, ok, error?, result?}], totals} instead
  --concurrency N      spreadsheets read at once (default 4)
  --locale, --as-of, --column, --max-problems, --max-donation, --cutoff   as for tally
Reads stay under the Sheets API quota: PAICHA_READS_PER_MINUTE (default 60) a minute, two per
spreadsheet; 429 and 5xx answers are retried with backoff. Credentials: GOOGLE_APPLICATION_CREDENTIALS
(service account), Application Default Credentials, or GOOGLE_OAUTH_ACCESS_TOKEN. PAICHA_SHEETS_API_ROOT
sets the API root.
Exit codes: 0 all counted, 1 one or more spreadsheets failed, 2 usage error.`,
};
