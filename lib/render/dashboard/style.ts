// The page's only style sheet, inline: no font or file from the network. System fonts with CJK
// fallbacks per script; colours with a second cue (hatching, dashes, marker shapes) for greyscale;
// A4 print rules. Kept small: it is part of the Apps Script bundle.
export const STYLE = `*{box-sizing:border-box}
body{margin:0;color:#1a1a1a;background:#fff;font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
:lang(zh-Hant) body{font-family:system-ui,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif}
main{max-width:720px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:0}
h2{font-size:16px;margin:0 0 8px;padding-bottom:2px;border-bottom:2px solid #1f4e79}
header p,.note{margin:2px 0;color:#4a4a4a;font-size:12px}
section{margin:20px 0}
figure{margin:0 0 10px;break-inside:avoid}
.tiles{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0}
.tile{flex:1 1 120px;border:1px solid #c8c8c8;border-left:4px solid #1f4e79;padding:6px 10px;min-width:0}
.wide{flex:2 1 220px}
.tile dt{font-size:12px;color:#4a4a4a}
.tile dd{margin:0;font-size:12px;overflow-wrap:anywhere}
.tile .big{font-size:24px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums;white-space:nowrap}
.big small{font-size:65%}
.meter{height:6px;background:#e3e3e3;margin:3px 0!important}
.meter i{display:block;height:100%;background:#1f4e79}
svg{display:block;max-width:100%;height:auto}
svg text{fill:#1a1a1a;font-size:12px}
.ax text{font-size:11px;fill:#4a4a4a}
.grid{stroke:#dcdcdc}
.base{stroke:#767676}
.v{font-weight:700}
.s0{fill:#1f4e79;stroke:#1f4e79}
.s1{fill:#b4530a;stroke:#b4530a}
.hb{stroke:#b4530a;stroke-width:.8}
.h1{fill:#fbe6d4}
.ln{fill:none;stroke-width:2.5}
.mk{fill:#fff;stroke-width:1.5}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:3px 6px;border-bottom:1px solid #dcdcdc;text-align:left;overflow-wrap:anywhere}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.fu{list-style:none;margin:0;padding:0}
.fu li{display:flex;gap:12px;align-items:baseline;padding:4px 0;border-bottom:1px solid #ececec}
.fu b{font-size:20px;min-width:3.5em;text-align:right;font-variant-numeric:tabular-nums}
.fu small{display:block;color:#4a4a4a;font-size:12px}
footer{margin-top:24px;color:#4a4a4a;font-size:11px}
.narrow main{padding:8px}
.narrow .tile .big{font-size:18px}
@page{size:A4;margin:12mm}
@media print{main{max-width:none;padding:0}body{font-size:10.5pt}section{break-inside:avoid-page}#coverage{break-inside:auto}h2{break-after:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}`;
