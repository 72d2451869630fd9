// 10,000 documents of the size of a Jalon event, replicated from a local PouchDB
// into pouchdb-server over HTTP, batch 500; prints the milliseconds it took.
const PouchDB = require('pouchdb');
const os = require('os');
const path = require('path');
const fs = require('fs');
const [url, count, size] = [process.argv[2], Number(process.argv[3] || 10000), Number(process.argv[4] || 600)];
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pouch-'));
  const local = new PouchDB(path.join(dir, 'local'));
  const docs = [];
  for (let i = 0; i < count; ++i)
    docs.push({ _id: String(i).padStart(8, '0'), body: 'x'.repeat(size) });
  for (let i = 0; i < docs.length; i += 1000) await local.bulkDocs(docs.slice(i, i + 1000));
  const remote = new PouchDB(url);
  const start = process.hrtime.bigint();
  await local.replicate.to(remote, { batch_size: 500 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(ms.toFixed(0));
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((error) => { console.error(error); process.exit(1); });
