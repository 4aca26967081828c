/**
 * The report's inline stylesheet: system fonts only (nothing is fetched),
 * high-contrast text, and a print stylesheet for board papers.
 */
import { CHECK_IDS } from '../checks/registry.ts';
import { CHECK_STYLE } from './svg.ts';

const markStyles = CHECK_IDS.map(
  (check) => `.tag-${check}{border-color:${CHECK_STYLE[check].colour}}.m-${check}{border-bottom:3px solid ${CHECK_STYLE[check].colour}}`,
).join('\n');

/** The CSS of the report page. */
export const REPORT_CSS = `
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
.skip{position:absolute;left:-999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem 1rem;font-weight:700;z-index:2}
.skip:focus{left:0}
header,main,footer,nav{max-width:1100px;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.5rem;border-bottom:4px solid #1d4f91;padding-bottom:1rem}
h1{font-size:2rem;margin:.25rem 0 .5rem;line-height:1.2}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid #b1b4b6;line-height:1.25}
h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
p,li,dd{max-width:75ch}
a{color:#1d4f91}
a:focus{outline:3px solid #ffdd00;outline-offset:0;background:#ffdd00;color:#0b0c0c}
.lede{font-size:1.15rem;margin:.25rem 0}
.meta{color:#505a5f;margin:.25rem 0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.75rem 0}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:.75rem;margin:1rem 0;padding:0;list-style:none}
.figures li{border:1px solid #b1b4b6;border-left:6px solid #1d4f91;padding:.6rem .8rem;max-width:none}
.figures .label{display:block;font-size:.9rem;color:#3d4447}
.figures .big{display:block;font-size:1.9rem;font-weight:700;line-height:1.2}
.figures .note{display:block;font-size:.85rem;color:#3d4447}
.change{display:block;font-size:.9rem;font-weight:600}
.better{color:#00703c}.worse{color:#a1260d}.same{color:#3d4447}
dl.explain{display:grid;grid-template-columns:minmax(12rem,max-content) 1fr;gap:.35rem 1rem;margin:.5rem 0}
dl.explain dt{font-weight:700;display:flex;gap:.4rem;align-items:baseline}
dl.explain dd{margin:0}
.swatch{vertical-align:-2px;flex:none}
figure{margin:1rem 0}
figcaption{font-weight:700;margin-bottom:.35rem}
.chart{max-width:100%;height:auto;font-size:13px;font-family:inherit}
.chart text{fill:#1b1b1b}
.chart .axis{fill:#3d4447;font-size:12px}
.chart .value{font-size:12px}
.chart .small{font-size:11px}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:.25rem 0 .5rem;list-style:none;font-size:.9rem}
.legend li{display:flex;gap:.35rem;align-items:center}
.scroll{overflow-x:auto;margin:.5rem 0 1rem}
.scroll:focus{outline:3px solid #ffdd00}
table{border-collapse:collapse;font-size:.92rem;min-width:50%}
caption{text-align:left;font-weight:700;padding:.35rem 0;caption-side:top}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .6rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #0b0c0c}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.band{display:inline-block;padding:0 .4rem;border:1px solid #0b0c0c;font-weight:600;font-size:.85rem}
.band-High{background:#f6d7d2}.band-Medium{background:#fff2cc}.band-Low{background:#dff0e5}
.doc{border-top:1px solid #b1b4b6;margin-top:1.5rem}
.doc h3{margin-top:1rem}
.doc .summary-line{margin:.25rem 0}
details{margin:.5rem 0 1rem;border:1px solid #b1b4b6;padding:.25rem .75rem}
summary{cursor:pointer;font-weight:700;padding:.25rem 0}
ol.findings{padding-left:1.5rem}
ol.findings li{margin:.75rem 0;max-width:none}
.where{font-size:.9rem;color:#3d4447;margin:0}
.tag{display:inline-block;border:2px solid;padding:0 .35rem;font-size:.8rem;font-weight:700;color:#1b1b1b;background:#fff}
blockquote.context{margin:.25rem 0;padding:.35rem .75rem;border-left:4px solid #b1b4b6;background:#f3f2f1;max-width:80ch}
mark{background:#fff0a8;color:#0b0c0c;font-weight:600;padding:0 .1rem}
.suggest,.why,.message{margin:.2rem 0}
.more{font-style:italic}
footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:4px solid #1d4f91;color:#3d4447;font-size:.9rem}
code{font-family:ui-monospace,Consolas,monospace;font-size:.9em;background:#f3f2f1;padding:0 .2rem}
${markStyles}
@media print{
  html{font-size:11pt}
  .skip,nav{display:none}
  header,main,footer{max-width:none;padding:0}
  a{color:#000;text-decoration:none}
  h2{break-after:avoid;page-break-after:avoid}
  figure,tr,li,.figures li{break-inside:avoid;page-break-inside:avoid}
  .scroll{overflow:visible}
  details{border:none;padding:0}
  #documents{break-before:page;page-break-before:always}
  mark{border:1px solid #000}
}
`;
