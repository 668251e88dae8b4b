// engine/node/lib/stdin.js — process.stdin, built on first use as node 20's getStdin
// (lib/internal/bootstrap/switches/is_main_thread.js) builds it: the class follows what fd 0
// is (binding.handleType, from the scenario's stdin_source): a file → fs.ReadStream on fd 0
// (autoClose false), a pipe → net.Socket over a Pipe handle, a terminal → tty.ReadStream
// (a net.Socket over a TTY handle, lib/tty.js). Node's stdin is lazy: a program that never
// reads process.stdin has no handle and nothing keeping its loop alive.
// binding: process, require, handleType, load, open/readStart/readStop/ref/close (the handle,
// modules/stdin.cpp). Internal library code.
'use strict';

const process = binding.process;
let stdin;

// src/pipe_wrap.cc / src/tty_wrap.cc as lib/net.js sees a handle.
function StdinHandle() {
  this.reading = false;
  this.onread = null;
  this.owner = null;
  binding.open(this);
}
StdinHandle.prototype.readStart = function() { return binding.readStart(); };
StdinHandle.prototype.readStop = function() { return binding.readStop(); };
StdinHandle.prototype.close = function(cb) { binding.close(typeof cb === 'function' ? cb : undefined); };
StdinHandle.prototype.ref = function() { binding.ref(true); };
StdinHandle.prototype.unref = function() { binding.ref(false); };
StdinHandle.prototype.getsockname = function() { return undefined; };
StdinHandle.prototype.getpeername = function() { return undefined; };

// lib/tty.js ReadStream, read side only: a terminal in raw mode is not modelled.
function makeTtyReadStream(net) {
  function ReadStream(fd, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
    net.Socket.call(this, {
      readableHighWaterMark: 0,
      handle: new StdinHandle(),
      manualStart: true,
      ...options,
    });
    this.isRaw = false;
    this.isTTY = true;
  }
  Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
  Object.setPrototypeOf(ReadStream, net.Socket);
  ReadStream.prototype.setRawMode = function setRawMode(flag) {
    flag = !!flag;
    if (flag) {
      throw new Error('process.stdin.setRawMode(true): a terminal in raw mode is not ' +
                      'modelled by Loopscope');
    }
    this.isRaw = flag;
    return this;
  };
  return ReadStream;
}

function getStdin() {
  if (stdin) return stdin;
  const fd = 0;
  binding.load();
  switch (binding.handleType) {
    case 'TTY': {
      const ReadStream = makeTtyReadStream(binding.require('net'));
      stdin = new ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = binding.require('fs');
      stdin = new fs.ReadStream(null, { fd: fd, autoClose: false });
      break;
    }
    default: {
      const net = binding.require('net');
      stdin = new net.Socket({
        handle: new StdinHandle(),
        readable: true,
        writable: false,
        manualStart: true,
      });
      // Make sure the stdin can't be `.end()`-ed
      stdin._writableState.ended = true;
      break;
    }
  }
  // For supporting legacy API we put the FD here.
  stdin.fd = fd;
  // `stdin` starts out life in a paused state, but node doesn't know yet. Explicitly to
  // readStop() it to put it in the not-reading state.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // If the user calls stdin.pause(), then we need to stop reading once the stream
  // implementation does so (one nextTick later), so that the process can close down.
  stdin.on('pause', () => {
    process.nextTick(onpause);
  });
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

// lib/internal/bootstrap/node.js defineStream: an enumerable, configurable getter.
Object.defineProperty(process, 'stdin', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: getStdin,
});
