// Drives yaml-language-server (the YAML editor's server, pinned in package-lock.json) over stdio LSP, as an editor
// does, for SchemaEditorTests (tests/Commons.Engine.Tests).
//
// Input (standard input, JSON): { "schema": "SCHEMA.json", "records": [ { "file": "RECORD.yml", "hovers": [[line, character]…] }… ] }
//   SCHEMA is the schema of every record whose header names none (a modeline still wins, as in the editor); lines and
//   characters are 0-based, as in LSP.
// Output (standard output): one JSON line per record, in the input's order:
//   { "file": …, "diagnostics": [ LSP diagnostics ], "hovers": [ hover text or null… ] }
//
// Offline by design: the schema store (a download) is off.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const plan = JSON.parse(fs.readFileSync(0, 'utf8'));
const settings = {
  yaml: {
    validate: true, hover: true, completion: true, schemaStore: { enable: false },
    schemas: { [pathToFileURL(path.resolve(plan.schema)).href]: ['commons-decision.yml'] },
  },
};

const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});

// A server that stops before answering every record is a failure, never a shorter list.
let finished = false;
server.on('exit', (code) => {
  if (!finished) {
    process.stderr.write('yaml-language-server stopped (exit code ' + code + ') before every record was answered\n');
    process.exit(1);
  }
});

let nextId = 1;
const pending = new Map();
const published = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write('Content-Length: ' + body.length + '\r\n\r\n');
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}

function notify(method, params) {
  send({ method, params });
}

// LSP framing: "Content-Length: N\r\n\r\n" then N bytes of JSON.
let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.slice(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.slice(headerEnd + 4 + length);
    receive(message);
  }
});

function receive(message) {
  if (message.id !== undefined && message.method !== undefined) {
    // A request from the server: its settings (asked for by section), anything else answered empty.
    send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map((item) => settings[item.section] ?? null) : null });
  } else if (message.id !== undefined) {
    pending.get(message.id)(message.result);
    pending.delete(message.id);
  } else if (message.method === 'textDocument/publishDiagnostics') {
    const waiting = published.get(message.params.uri);
    if (waiting) {
      published.delete(message.params.uri);
      waiting(message.params.diagnostics);
    }
  }
}

async function answer(record) {
  const file = path.resolve(record.file);
  const uri = pathToFileURL(file).href;
  const diagnostics = new Promise((resolve) => published.set(uri, resolve));
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(file, 'utf8') } });
  const hovers = [];
  for (const [line, character] of record.hovers ?? []) {
    const hover = await request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    hovers.push(hover && hover.contents ? (typeof hover.contents === 'string' ? hover.contents : hover.contents.value) : null);
  }

  return { file, diagnostics: await diagnostics, hovers };
}

async function main() {
  await request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings: null });
  // The server pulls the settings when told they changed; its code lens handler answers only once they are applied,
  // so its answer (for no document) says the records below are validated with these settings.
  await request('textDocument/codeLens', { textDocument: { uri: 'file:///settings-applied.yml' } });
  // Every record open at once (the server waits 200 ms before validating each): each open is answered by exactly
  // one publication of that record's diagnostics.
  const answers = await Promise.all(plan.records.map(answer));
  answers.forEach((a) => process.stdout.write(JSON.stringify(a) + '\n'));
  finished = true;
  await request('shutdown', null);
  notify('exit', null);
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
});
