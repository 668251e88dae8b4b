// fs.cpSync, fs.cp and fs.promises.cp: files, recursive directories with links, filter,
// force / errorOnExist, dereference, and the ERR_FS_CP_* errors.
const fs = require('fs');

const tree = (dir) => fs.readdirSync(dir, { recursive: true }).sort().join(' ');
const show = (e) => console.log(e.code, e.message.replace(__dirname, '.'));
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.symlinkSync('a.txt', 'src/link');

fs.cpSync('src/a.txt', 'one.txt');
console.log('file', fs.readFileSync('one.txt', 'utf8'));
try { fs.cpSync('src', 'nope'); } catch (e) { show(e); }
fs.cpSync('src', 'copy', { recursive: true });
console.log('tree', tree('copy'), fs.readlinkSync('copy/link') === __dirname + '/src/a.txt');
fs.cpSync('src', 'verbatim', { recursive: true, verbatimSymlinks: true });
console.log('verbatim', fs.readlinkSync('verbatim/link'));
fs.cpSync('src', 'deref', { recursive: true, dereference: true });
console.log('deref', fs.lstatSync('deref/link').isFile());
fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('b.txt') });
console.log('filtered', tree('filtered'));
fs.writeFileSync('one.txt', 'old');
fs.cpSync('src/a.txt', 'one.txt', { force: false });
console.log('force false keeps', fs.readFileSync('one.txt', 'utf8'));
try { fs.cpSync('src/a.txt', 'one.txt', { force: false, errorOnExist: true }); } catch (e) { show(e); }
try { fs.cpSync('src', 'src/sub/inner', { recursive: true }); } catch (e) { show(e); }
try { fs.cpSync('src/a.txt', 'src/a.txt'); } catch (e) { show(e); }
try { fs.cpSync('src', 'one.txt', { recursive: true }); } catch (e) { show(e); }
try { fs.cpSync('src/a.txt', 'copy'); } catch (e) { show(e); }
try { fs.cpSync('src', 'x', { dereference: true, verbatimSymlinks: true }); } catch (e) { show(e); }
try { fs.cpSync('src', 'x', { recursive: 1 }); } catch (e) { show(e); }
try { fs.cpSync('src', 'y', { recursive: true, filter: async () => true }); } catch (e) { show(e); }
fs.cpSync('src/a.txt', 'deep/er/a.txt');
console.log('parents made', fs.readFileSync('deep/er/a.txt', 'utf8'));

fs.cp('src', 'async', { recursive: true }, (err) => {
  console.log('cp', err, tree('async'));
  fs.promises.cp('src', 'promised', { recursive: true, filter: async (s) => !s.endsWith('link') })
    .then(() => console.log('promises.cp', tree('promised')))
    .then(() => fs.promises.cp('src/a.txt', 'async/a.txt', { force: false, errorOnExist: true }))
    .catch((e) => show(e));
});
