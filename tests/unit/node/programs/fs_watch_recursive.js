// fs.watch with recursive: true reports changes below the watched directory by their path
// relative to it; its options are checked (signal, recursive, persistent) before the path.
const fs = require('fs');
const path = require('path');
for (const options of [{ recursive: '1' }, { recursive: '1', signal: 1 },
  { recursive: true, persistent: 'x' }, { recursive: 1, encoding: 5 }]) {
  try {
    fs.watch(__dirname, options);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const root = path.join(__dirname, 'tree');
fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
const seen = new Set();
const watcher = fs.watch(root, { recursive: true }, (event, name) => {
  if (!seen.has(name)) console.log(event, name);
  seen.add(name);
  if (name === path.join('sub', 'done')) watcher.close();
});
setTimeout(() => {
  fs.writeFileSync(path.join(root, 'sub', 'file.txt'), 'deep');
  setTimeout(() => fs.writeFileSync(path.join(root, 'sub', 'done'), ''), 20);
}, 20);
