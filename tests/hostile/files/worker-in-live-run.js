// hostile: a worker of a live run reads outside the run's private directory
const { Worker } = require('worker_threads');
new Worker(`
const fs = require('fs');
for (const p of ['/etc/passwd', '../../../../../../../etc/passwd', '/proc/self/environ']) {
  try {
    fs.readFileSync(p);
    console.log('read', p);
  } catch (e) {
    console.log(e.code, p);
  }
}
`, { eval: true });
