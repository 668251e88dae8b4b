// engine/node/lib/fs_cp.js — fs.cp, fs.cpSync and fs.promises.cp, as lib/internal/fs/cp/*.js.
//
// Node writes the copy twice (cp-sync.js over the *Sync calls, cp.js over fs/promises); here
// the walk is written once, as a generator that yields each file system call it needs
// ([name, ...args]), and two drivers run it: one makes the *Sync calls, the other awaits
// fs.promises' and resumes the walk with the result (or throws the error into it), so the
// promise form makes one request after another, as Node's does. Argument checks and the
// ERR_FS_CP_* errors follow lib/internal/fs/utils.js validateCpOptions and
// lib/internal/errors.js. Runs after lib/fs.js (binding.fs, binding.internal, binding.path).
'use strict';

const fs = binding.fs;
const path = binding.path;
const { getValidatedPath, validateBoolean, validateObject, validateFunction } = binding.internal;

// [SECTION] options and errors

const kCpDefaults = { dereference: false, errorOnExist: false, filter: undefined, force: true,
                      preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
                      mode: 0 };
function validateCpOptions(options) {
  if (options === undefined) return Object.assign({}, kCpDefaults);
  validateObject(options, 'options');
  options = Object.assign({}, kCpDefaults, options);
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
                     'verbatimSymlinks']) {
    validateBoolean(options[key], `options.${key}`);
  }
  if (options.dereference && options.verbatimSymlinks) {
    throw binding.nodeError('TypeError', 'ERR_INCOMPATIBLE_OPTION_PAIR',
                            'Option "dereference" cannot be used in combination with option ' +
                            '"verbatimSymlinks"');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// lib/internal/errors.js: the ERR_FS_CP_* family are SystemErrors,
// "<prefix>: cp returned <code> (<message>) <path>". Node 20's two overwrite errors carry
// each other's prefix (and their messages name dest first): kept as Node prints them.
const kCpErrors = {
  ERR_FS_CP_DIR_TO_NON_DIR: ['Cannot overwrite non-directory with directory', 'EISDIR', 21],
  ERR_FS_CP_EEXIST: ['Target already exists', 'EEXIST', 17],
  ERR_FS_CP_EINVAL: ['Invalid src or dest', 'EINVAL', 22],
  ERR_FS_CP_NON_DIR_TO_DIR: ['Cannot overwrite directory with non-directory', 'ENOTDIR', 20],
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: ['Cannot overwrite symlink in subdirectory of self',
                                      'EINVAL', 22],
  ERR_FS_EISDIR: ['Path is a directory', 'EISDIR', 21],
};
function cpError(code, message, errorPath) {
  const [prefix, errnoCode, errno] = kCpErrors[code];
  const info = { message, path: errorPath, syscall: 'cp', errno, code: errnoCode };
  const err = binding.nodeError(
    'Error', code, `${prefix}: cp returned ${errnoCode} (${message}) ${errorPath}`);
  err.name = 'SystemError';
  Object.assign(err, { errno, syscall: 'cp', path: errorPath, info });
  return err;
}

// [SECTION] the walk (lib/internal/fs/cp/cp-sync.js, one step per yielded call)

// path.posix.isAbsolute.
function isAbsolute(p) {
  return p.startsWith('/');
}

function isSrcSubdir(src, dest) {
  const srcArr = path.resolve(src).split(path.sep).filter(Boolean);
  const destArr = path.resolve(dest).split(path.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}
function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
         destStat.dev === srcStat.dev;
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const stat = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [stat, src, { bigint: true }];
  let destStat = null;
  try {
    destStat = yield [stat, dest, { bigint: true }];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR',
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest);
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = path.resolve(path.dirname(src));
  const destParent = path.resolve(path.dirname(dest));
  if (destParent === srcParent || destParent === '/') return;  // the root: POSIX paths only
  let destStat;
  try {
    destStat = yield ['stat', destParent, { bigint: true }];
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest);
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
      return;
    }
    return yield* copyDir(src, dest, opts);
  }
  if (srcStat.isDirectory()) {
    throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src);
  }
  if (srcStat.isSymbolicLink()) return yield* copyLink(destStat, src, dest, opts);
  if (destStat) {
    if (opts.errorOnExist && !opts.force) {
      throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest);
    }
    if (!opts.force) return;
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const updated = yield ['stat', src];
    yield ['utimes', dest, updated.atime, updated.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyDir(src, dest, opts) {
  for (const name of yield ['readdir', src]) {
    const srcItem = path.join(src, name);
    const destItem = path.join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* copyLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
  }
  if (!destStat) return yield ['symlink', resolvedSrc, dest];
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    // dest exists and is a regular file or directory: it is replaced by the link.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return yield ['symlink', resolvedSrc, dest];
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError('ERR_FS_CP_EINVAL',
                  `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  const srcStat = yield ['stat', src];
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

function* cpWalk(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  if (!(yield ['exists', path.dirname(dest)])) {
    yield ['mkdir', path.dirname(dest), { recursive: true }];
  }
  yield* copyEntry(destStat, src, dest, opts);
}

// [SECTION] the drivers

function isPromise(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function';
}
function runSync(walk, opts) {
  let step = walk.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    let failed = false;
    try {
      if (name === 'filter') {
        result = opts.filter(...args);
        if (isPromise(result)) {
          throw binding.nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
                                  'Expected boolean to be returned from the "filter" ' +
                                  'function but got an instance of Promise.');
        }
      } else {
        result = fs[name + 'Sync'](...args);
      }
    } catch (err) {
      failed = true;
      result = err;
    }
    step = failed ? walk.throw(result) : walk.next(result);
  }
}
async function runAsync(walk, opts) {
  let step = walk.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    let failed = false;
    try {
      if (name === 'filter') result = await opts.filter(...args);
      else if (name === 'exists') result = await fs.promises.access(args[0]).then(() => true, () => false);
      else result = await fs.promises[name](...args);
    } catch (err) {
      failed = true;
      result = err;
    }
    step = failed ? walk.throw(result) : walk.next(result);
  }
}

fs.cpSync = function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runSync(cpWalk(src, dest, opts), opts);
};
fs.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runAsync(cpWalk(src, dest, opts), opts).then(() => callback(null), callback);
};
fs.promises.cp = async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return runAsync(cpWalk(src, dest, opts), opts);
};
