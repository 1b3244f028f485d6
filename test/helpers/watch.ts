// A two-person watch register as a team writes it, for the adapter tests (CLI on a file, CLI on a Google
// spreadsheet): 王伟 came back 21 Jan (as of 3 Feb his last day), 李娜 is a close contact from 1 Feb.
// Both have a phone; 王伟 an ID number too, so the tests can look for them in what is written.
export const SMALL_WATCH = [
  ['姓名', '身份证号', '联系电话', '小区', '楼号', '门牌号', '人员类别', '抵达日期', '随访人'],
  ['王伟', '420102199003071232', '138 1234 5678', '金都小区', '1', '101', '返乡人员', '2020-01-21', '小刘'],
  ['李娜', '', '13900001111', '银杏苑', '2', '201', '密接', '2020-02-01', '小陈'],
];
