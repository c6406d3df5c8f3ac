import { Worker } from 'node:worker_threads';
console.log('execArgv', process.execArgv);
const w = new Worker(new URL('./w.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
w.on('message', (m) => { console.log('main got', m); w.terminate(); });
w.on('error', (e) => console.error('err', e));
