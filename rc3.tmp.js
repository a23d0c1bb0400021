const { check } = require('recheck');
const {capBounds}=require('./out/test/redos/cap.js');
const c=require('./out/test/redos/collect.js');
const ps=c.collect(process.cwd());
(async()=>{
const t=Date.now(); const res=[]; let i=0;
async function worker(){ while(i<ps.length){ const p=ps[i++]; const t0=Date.now(); const r=await check(capBounds(p.source),p.flags,{timeout:10000}); res.push({src:p.source.length<300?p.source:"", o:p.origin,len:p.source.length,status:r.status,checker:r.checker,ms:Date.now()-t0, cx:r.complexity?.summary, err:r.error?.kind, attack:r.attack?.pattern}); } }
await Promise.all([worker(),worker(),worker(),worker()]);
console.log('total', Date.now()-t);
const by={};for(const r of res){by[r.status]=(by[r.status]||0)+1};console.log(by);
console.log(res.filter(r=>r.status!=='safe').map(r=>JSON.stringify(r)).join('\n'));
process.exit(0);
})();
