// The README's library example, and paicha/node reading a file and running the CLI as a function.
// Usage: node use-library.mjs LEDGER
import { tallyWorkbook } from 'paicha';
import { EXIT, main, readWorkbookFile } from 'paicha/node';

const result = tallyWorkbook(
  [
    {
      name: '住户登记',
      values: [
        ['小区', '楼号', '门牌号', '核查状态'],
        ['金都小区', '十二号楼', '301', '入户登记'],
      ],
    },
  ],
  { locale: 'zh-Hans', asOf: '2020-02-03' },
);
const file = await readWorkbookFile(process.argv[2]);
const ledger = tallyWorkbook(file.sheets, { asOf: '2020-02-04' });
let out = '';
const io = {
  out: (t) => void (out += t),
  err: (t) => void (out += t),
  isTty: false,
  cwd: process.cwd(),
  env: {},
  today: () => '2020-02-04',
};
const code = await main(['--version'], io);
process.stdout.write(
  JSON.stringify({
    rate: result.households.rate,
    format: file.format,
    cash: ledger.donations.cash,
    version: out.trim(),
    ok: code === EXIT.ok,
  }),
);
