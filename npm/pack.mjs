// Packs the npm packages with `npm pack`, from staged copies carrying the crate's version, for
// scripts/package (linux-x64 here) and the release workflow (every platform):
//   node npm/pack.mjs wrapper  VERSION OUT_DIR
//   node npm/pack.mjs platform VERSION OUT_DIR OS CPU BINARY   (OS, CPU as node names them:
//                                                               linux x64, darwin arm64, win32 x64)
// Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [kind, version, outDir, platformOs, cpu, binary] = process.argv.slice(2);

function fail(message) {
  console.error(`npm/pack.mjs: ${message}`);
  process.exit(1);
}

if (!['wrapper', 'platform'].includes(kind) || !version || !outDir) {
  fail('usage: node npm/pack.mjs wrapper VERSION OUT_DIR | platform VERSION OUT_DIR OS CPU BINARY');
}
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'debitsim-npm-'));
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file, value) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

if (kind === 'wrapper') {
  fs.cpSync(path.join(here, 'debitsim'), stage, { recursive: true });
  const pkg = readJson(path.join(stage, 'package.json'));
  pkg.version = version;
  // The wrapper asks for exactly its own version of each platform's binary.
  for (const name of Object.keys(pkg.optionalDependencies)) pkg.optionalDependencies[name] = version;
  writeJson(path.join(stage, 'package.json'), pkg);
} else {
  if (!platformOs || !cpu || !binary) fail('platform needs OS, CPU and BINARY');
  const name = `${platformOs}-${cpu}`;
  const wrapper = readJson(path.join(here, 'debitsim', 'package.json'));
  if (!(`@debitsim/${name}` in wrapper.optionalDependencies)) {
    fail(`@debitsim/${name} is not among debitsim's optionalDependencies: add it there, and to PLATFORMS in index.js`);
  }
  const pkg = readJson(path.join(here, 'platform', 'package.json'));
  pkg.name = `@debitsim/${name}`;
  pkg.version = version;
  pkg.description = pkg.description.replaceAll('PLATFORM', name);
  pkg.os = [platformOs];
  pkg.cpu = [cpu];
  writeJson(path.join(stage, 'package.json'), pkg);
  fs.mkdirSync(path.join(stage, 'bin'));
  const file = platformOs === 'win32' ? 'debitsim.exe' : 'debitsim';
  fs.copyFileSync(binary, path.join(stage, 'bin', file));
  fs.chmodSync(path.join(stage, 'bin', file), 0o755);
}

fs.mkdirSync(outDir, { recursive: true });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', path.resolve(outDir)], { cwd: stage, encoding: 'utf8' }),
);
fs.rmSync(stage, { recursive: true, force: true });
console.log(path.join(path.resolve(outDir), packed[0].filename));
